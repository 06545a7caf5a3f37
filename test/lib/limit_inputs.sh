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
	"mixed|Le groupe Valmorel Industries a racheté Ondalys SAS pour 1,5 Md€ (+12 % sur un an), a annoncé jeudi à Lyon sa PDG, Claire Fontanel : « l’opération » est sur https://valmorel.example/presse ou presse@valmorel.example. |"
)
