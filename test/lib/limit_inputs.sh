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
	"slashes|Ab/Cd/|Le groupe "
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
	"rules7|le maire de Nice Christian Estrosi, le président de LR Christian Jacob, le ministre MoDem Marc Fesneau, le Premier ministre, la Première dame, le Garde des Sceaux, les attentats du 13-Novembre, le 1er-Mai, Uruk, Nippur et Larsa, les villes de Vextrane, Morlane et Zubar, chez Descartes et Leibniz, Emmanuel Macron et le couple Macron ; les 24 dernières heures, ces dernières 48 heures, les trois mois à venir, les jours qui viennent, dans les 48 heures, dans les 15 jours à venir, les deux dernières années de son mandat, lundi matin 11 décembre, a duré 2h30, 19 heures de voyage, 1h30 par jour, à une heure de Liverpool, le 20 heures de TF1, les 12 Heures de Sebring, il y a quelques jours, le 15 mars 44 avant J.-C., 1301-1236 avant notre ère, ce dimanche-là, pendant 999999999 ans. |"
	"mixed|Le groupe Valmorel Industries a racheté Ondalys SAS pour 1,5 Md€ (+12 % sur un an), a annoncé jeudi à Lyon sa PDG, Claire Fontanel : « l’opération » est sur https://valmorel.example/presse ou presse@valmorel.example. |"
)
