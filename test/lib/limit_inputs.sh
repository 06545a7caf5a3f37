# test/lib/limit_inputs.sh — pathological input shapes (issue #11), sourced by
# test/suites/limits.sh (each at two sizes, through every SQL function) and
# test/fuzz/limit_seeds.sh (the fuzz targets' seeds of the same shapes).
#
# LIMIT_INPUTS: "name|unit|head": the input is head followed by unit
# repeated up to the size.  Invented texts only (no corpus text).
LIMIT_INPUTS=(
	"word|économie |"
	"firstname|Jean |"
	"roster|Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia Fournier |"
	"particles|Caisse des |"
	"hyphens|Jean-|"
	"titles|M. |"
	"marks|"$'\xcc\x81\xcc\x96\xcc\xa7'"|e"
	"digits|1 |"
	"commas|1,|"
	"percents|12 % |"
	"numwords|mille |"
	"elisions|l'|"
	"urls|https://www.exemple.fr/a/b?c=1 |"
	"emails|jean.dupont@exemple.fr |"
	"pctsigns|%|"
	"euros|€|"
	"dollars|\$ |"
	"dates|du 3 au 5 mars 2024, hier soir à 15 h 30, au premier trimestre 2024, lundi |"
	"newlines|"$'\n'"|"
	"nospace|anticonstitutionnellement|"
	"rules|Le Figaro rapporte « Un jour, un destin » à 19H00 GMT selon 20 Minutes, Madame Figaro et le ministère de la Santé 500 cas : l'Euro 2016, la Coupe du monde de 1998, 42,1°C, les droits de l'Homme ; il y a près de deux ans, il y a plus d'une dizaine d'années, dans une dizaine de jours, il est mort le 8 juin, se sont réunis lundi, Bruce Toussaint à Noël, cette année-là, l'hebdomadaire, 1000 personnes, pendant près de 4 heures. |"
	"mixed|Le groupe Valmorel Industries a racheté Ondalys SAS pour 1,5 Md€ (+12 % sur un an), a annoncé jeudi à Lyon sa PDG, Claire Fontanel : « l’opération » est sur https://valmorel.example/presse ou presse@valmorel.example. |"
)
