#!/usr/bin/env python3
"""Synthetic modern press sentences for training the entity model.

The redistributable annotated corpora are historical newspapers (OCR, 1850-
1940): they barely show modern press conventions (company names with
suffixes, acronyms, "la PDG de", "a déclaré X, directrice de Y").  This
script writes sentences from templates composed for frnews, with slots
filled from the committed gazetteers (first names, places) and from
invented names (surnames, companies) made of random syllables, so that
the model learns the contexts, not the names.

Output: the trainer's TSV (text<TAB>start:end:TYPE,...).
Usage: synth.py OUT.tsv [N] [SEED]
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "gazetteer")

# {P} person, {P1} surname alone (after a title), {O} organisation,
# {L} place, {C} country, {D} demonym noun (MISC), {T} title of a work (MISC)
TEMPLATES = [
    "« Nous allons investir massivement », a déclaré {P}, directrice générale de {O}.",
    "{P}, le PDG de {O}, a annoncé mardi la suppression de 300 postes à {L}.",
    "Selon {O}, le chiffre d'affaires a progressé de 4 % au premier trimestre.",
    "La ministre {P} s'est rendue jeudi à {L} pour rencontrer les salariés de {O}.",
    "Interrogé par {O}, {P} n'a pas souhaité commenter.",
    "Le président {P} recevra son homologue {P} vendredi à {L}.",
    "M. {P1} a été entendu par les enquêteurs de {O}.",
    "Mme {P1}, maire de {L}, dénonce une décision « injuste ».",
    "D'après {P}, économiste chez {O}, la croissance ralentira en {C}.",
    "Les {D} se sont rendus aux urnes dimanche.",
    "{O} a racheté {O} pour 2,3 milliards d'euros.",
    "L'entreprise {O}, installée à {L}, emploie 450 personnes.",
    "Le groupe {O} a confirmé l'ouverture d'une usine en {C}.",
    "Après {L}, la tournée passera par {L} et {L}.",
    "{P} et {P} ont fondé {O} en 2015 à {L}.",
    "Dans un communiqué, {O} précise que {P} quittera ses fonctions.",
    "Le tribunal de {L} a condamné {P} à deux ans de prison avec sursis.",
    "Jeudi, {P} a présenté son nouveau roman, {T}, à {L}.",
    "Pour {P}, porte-parole de {O}, « rien n'est décidé ».",
    "La région {L} a signé un accord avec {O}.",
    "Le footballeur {P} rejoint {O} pour quatre saisons.",
    "Les négociations entre la {C} et la {C} reprendront à {L}.",
    "Arrivé de {L}, {P} s'est installé à {L} en 2019.",
    "Le rapport de {O} pointe des failles chez {O}.",
    "{P} : « Je ne serai pas candidat. »",
    "Invitée de {O}, {P} a défendu la réforme.",
    "Le siège de {O} sera transféré de {L} à {L}.",
    "Ancien directeur de {O}, {P} préside désormais {O}.",
    "Le projet, porté par {O} et {O}, doit voir le jour à {L}.",
    "La police de {L} recherche {P}, 34 ans, disparu depuis lundi.",
    "Une délégation {D} est attendue à {L} la semaine prochaine.",
    "Le festival {T} s'ouvre ce week-end à {L}.",
    "{O} et {O} ont signé un partenariat.",
    "L'avocat de {P}, Me {P1}, a fait appel.",
    "Le Dr {P1} travaille à l'hôpital de {L}.",
    "Cette décision de {O} inquiète les habitants de {L}.",
    "Le chanteur {P} sera en concert à {L} le 12 mars.",
    "Les salariés de {O} manifestaient mardi devant le siège, à {L}.",
    "En {C}, le gouvernement de {P} a perdu sa majorité.",
    "Le ministère de l'Économie a saisi {O}.",
    "Selon {P}, chercheuse à {O}, le phénomène est mondial.",
    "Les actionnaires de {O} ont approuvé la fusion avec {O}.",
    "{L} accueillera le sommet du G20 en 2027.",
    "Né à {L}, {P} a grandi en {C}.",
    "Sur France Inter, {P} a critiqué la position de {O}.",
    "Le club de {L} a limogé son entraîneur, {P}.",
    "La start-up {O} lève 12 millions d'euros.",
    "{P}, ancienne ministre, soutient {P}.",
    "Le film {T}, de {P}, sort mercredi.",
    "Ce matin, les agents de {O} ont découvert une faille.",
    "Le porte-parole du {O} a démenti toute rumeur.",
    "L'{O} a publié ses recommandations lundi.",
    "La {O} a infligé une amende de 40 millions d'euros à {O}.",
    "Le {O} s'est réuni en urgence à {L}.",
    "{P} a été élu à la tête de l'{O}.",
    "Devant l'{O}, {P} a plaidé pour un cessez-le-feu.",
    "Le patron d'{O} a visité l'usine d'{O} près d'{L}.",
    "L'arrivée d'{P} à la tête d'{O} a surpris.",
    "Les clients d'{O} et d'{O} sont concernés par la panne.",
    "Les serveurs d'{O} hébergent les données de {O} et de {O}.",
    "{O}, {O} et {O} ont alerté l'{O}.",
    "Une cyberattaque visant {O} a paralysé les services de {O} pendant trois jours.",
    "Le contrat a été attribué à {O} plutôt qu'à {O}.",
    "Les pilotes de {O} sont en grève depuis lundi, selon la direction.",
    "En 2022, {O} comptait 1 200 salariés en {C}.",
    "La plainte déposée contre {O} vise aussi deux dirigeants.",
    "Mercredi, la {O} a rejeté le recours de {P}.",
    "Le titre {O} a chuté de 8 % à la Bourse de {L}.",
    "Un accord a été trouvé entre la direction d'{O} et les syndicats.",
    "Le parquet de {L} a ouvert une enquête visant {O}.",
    "{P}, 52 ans, a passé vingt ans chez {O} avant de rejoindre {O}.",
    "Les données de 3 millions de clients de {O} ont été dérobées.",
    "Cette semaine, {P} est à {L}, puis à {L}.",
    "« C'est une victoire », s'est félicitée {P} devant la mairie de {L}.",
    "Selon un porte-parole de l'{O}, aucun blessé n'est à déplorer.",
    "La {O} et l'{O} ont annoncé une enquête commune.",
    "Le sénateur {P1} a interpellé le gouvernement sur la situation à {L}.",
    "Elle a été reçue par {P} au siège de {O}, à {L}.",
    "Le patron de {O}, {P}, et celui de {O}, {P}, se sont rencontrés.",
    "À {L}, les commerçants réclament des aides.",
    "D'après {O}, les ventes ont baissé en {C} et en {C}.",
]

ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fr", "g", "gr", "j", "l", "m", "n", "p", "pl",
          "r", "s", "st", "t", "tr", "v", "vr", "z", "k", "qu", "gu", "h", ""]
VOWELS = ["a", "e", "i", "o", "u", "ou", "au", "ai", "ei", "é", "è", "an", "on", "in", "y", "eu"]
CODAS = ["", "", "", "n", "r", "l", "s", "t", "x", "rd", "rt", "nd", "ll", "ck", "m"]
ENDINGS = ["", "", "in", "et", "ot", "ard", "ier", "on", "eau", "ault", "and", "y", "ac", "ez", "ès", "ix", "is"]
COMPANY_SUFFIXES = ["SA", "SAS", "Group", "Groupe", "Technologies", "Inc.", "Capital", "Partners",
                    "Industries", "Systems", "Energy", "Pharma", "Labs", "Media", "SE", "Holding"]
ORG_HEADS = ["Banque", "Fondation", "Association", "Institut", "Université", "Agence", "Fédération",
             "Syndicat", "Office", "Caisse", "Mouvement", "Parti", "Conseil", "Comité", "Autorité"]
ORG_ADJS = ["nationale", "national", "européenne", "européen", "française", "français", "régionale",
            "internationale", "international", "populaire", "centrale", "central", "socialiste",
            "constitutionnel", "républicain", "mondiale", "mondial", "fédérale", "fédéral", "démocrate",
            "générale", "supérieure", "olympique", "municipale", "départemental", "américaine",
            "africaine", "canadienne", "suisse", "belge", "écologiste", "libéral", "catholique", "royal"]
ORG_COMPLEMENTS = ["d'hypothèques et de logement", "de la culture et de la communication", "de hockey", "de football", "du commerce", "des transports", "de l'énergie",
                   "de la santé", "des droits de l'homme", "de rugby", "de la recherche",
                   "pour le climat", "des travailleurs", "de l'environnement", "du numérique"]
DEMONYMS = ["Français", "Allemands", "Italiens", "Espagnols", "Britanniques", "Belges", "Suisses",
            "Québécois", "Marocains", "Sénégalais", "Ukrainiens", "Polonais", "Brésiliens", "Japonais"]
DEMONYM_ADJ = ["allemande", "italienne", "chinoise", "japonaise", "marocaine", "belge", "suisse"]


def word(rng, syl=None):
    syl = syl or rng.choice([1, 2, 2, 3])
    w = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syl))
    return (w + rng.choice(CODAS + ENDINGS)).capitalize()


def load(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip()]


class Filler:
    def __init__(self, rng):
        self.rng = rng
        # first names that look French enough: the list is long and mixed
        self.first = [n for n in load("firstnames.txt") if 3 <= len(n) <= 10]
        words = set(load("lexicon.txt"))
        self.first_words = [n for n in self.first if n.lower() in words]
        self.places = load("communes.txt") + load("cities.txt") + load("regions.txt")
        self.countries = [c for c in load("countries.txt") if " " not in c]
        # ordinary plural nouns (and others) for complements of organisation names
        self.nouns = [w for w in load("lexicon.txt") if w.endswith("s") and 5 <= len(w) <= 11][::7]

    def surname(self):
        r = self.rng
        s = word(r)
        x = r.random()
        if x < 0.15:
            particle = r.choice(["de", "du", "Le", "La", "Le", "de La", "d'", "van", "von", "Ben", "al-"])
            s = particle + ("" if particle[-1] in "-'" else " ") + s
        elif x < 0.21:
            s = s + "-" + word(r)
        return s

    def person(self):
        r = self.rng
        # a third of the first names are also ordinary words (Marine, Pierre, Claire)
        first = r.choice(self.first_words if r.random() < 0.33 else self.first)
        if r.random() < 0.12:
            first = first + "-" + r.choice(self.first)
        if r.random() < 0.05:
            first = first + " " + first[0] + "."
        return first + " " + self.surname()

    def org(self):
        r = self.rng
        x = r.random()
        if x < 0.35:
            return word(r, r.choice([2, 3]))
        if x < 0.55:
            return word(r) + " " + r.choice(COMPANY_SUFFIXES)
        if x < 0.72:
            return "".join(r.choice("ABCDEFGHIJKLMNOPRSTUV") for _ in range(r.choice([2, 3, 3, 4, 5])))
        if x < 0.82:
            name = r.choice(ORG_HEADS) + " " + r.choice(ORG_ADJS)
            if r.random() < 0.4:
                name += " " + r.choice(ORG_COMPLEMENTS)
            return name
        if x < 0.88:
            # "Cour des comptes", "Syndicat des [any plural noun]"
            return r.choice(ORG_HEADS) + " " + r.choice(["des ", "de la ", "du "]) + r.choice(self.nouns)
        if x < 0.94:
            return r.choice(ORG_HEADS) + " de " + r.choice(self.places)
        # a team: "les Faucons de Lyon"
        return word(r) + "s " + r.choice(["de ", "du "]) + r.choice(self.places)

    def place(self):
        r = self.rng
        if r.random() < 0.15:
            return r.choice(["Saint-", "Sainte-", ""]) + word(r) + r.choice(["", "-sur-" + word(r), "-les-Bains"])
        return r.choice(self.places)


def fill(template, f):
    r = f.rng
    out, ents, i = "", [], 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out += template[i:]
            break
        out += template[i:j]
        k = template.index("}", j)
        slot = template[j + 1:k]
        typ = {"P": "PER", "P1": "PER", "O": "ORG", "L": "LOC", "C": "LOC", "D": "MISC", "T": "MISC"}[slot]
        if slot == "P":
            name = f.person()
        elif slot == "P1":
            name = f.surname()
        elif slot == "O":
            name = f.org()
        elif slot == "L":
            name = f.place()
        elif slot == "C":
            name = r.choice(f.countries)
        elif slot == "D":
            name = r.choice(DEMONYMS)
            # an adjective after "délégation" is not a name: lower case, no span
            if out.endswith("délégation "):
                out += r.choice(DEMONYM_ADJ)
                i = k + 1
                continue
        else:
            name = " ".join(word(r) for _ in range(r.choice([1, 2, 3])))
        # at a sentence start the slot keeps its capital; names never lose it
        ents.append((len(out), len(out) + len(name), typ))
        out += name
        i = k + 1
    return out, ents


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    f = Filler(rng)
    with open(out, "w", encoding="utf-8") as fh:
        for _ in range(n):
            text, ents = fill(rng.choice(TEMPLATES), f)
            fh.write(text + "\t" + ",".join("%d:%d:%s" % e for e in ents) + "\n")
    print("synth.py: %d sentences -> %s" % (n, out))


if __name__ == "__main__":
    main()
