#!/usr/bin/env python3
"""Invented names for augmenting the training sentences (data/ner/written.py).

Surnames and company names are made of random syllables, first names and
places come from the committed gazetteers: a sentence whose names are
replaced by these teaches the model the contexts, not the names.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "gazetteer")

ONSETS = ["b", "br", "c", "ch", "cl", "d", "dr", "f", "fr", "g", "gr", "j", "l", "m", "n", "p", "pl",
          "r", "s", "st", "t", "tr", "v", "vr", "z", "k", "qu", "gu", "h", ""]
VOWELS = ["a", "e", "i", "o", "u", "ou", "au", "ai", "ei", "é", "è", "an", "on", "in", "y", "eu"]
CODAS = ["", "", "", "n", "r", "l", "s", "t", "x", "rd", "rt", "nd", "ll", "ck", "m"]
ENDINGS = ["", "", "in", "et", "ot", "ard", "ier", "on", "eau", "ault", "and", "y", "ac", "ez", "ès", "ix", "is"]
COMPANY_SUFFIXES = ["SA", "SAS", "Group", "Groupe", "Technologies", "Inc.", "Capital", "Partners",
                    "Industries", "Systems", "Energy", "Pharma", "Labs", "Media", "SE", "Holding",
                    "Cloud", "Shipping", "Foods", "Images", "Software", "Motors", "Bank", "Télécom", "Assurances"]
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
VOWEL_START = re.compile(r"^[AEIOUYÉÈÊÂÎÔÛaeiouyéèê]")
PLACE_INVENTED = 0.4  # share of invented places: the lists alone teach "a place is a listed name"
COMPANY_HEADS = ["Groupe", "Studio", "Éditions", "Laboratoires", "Banque", "Compagnie", "Maison", "Atelier"]
MODEL_CODES = ["X3", "500", "S21", "Pro", "Max", "One", "GT", "2", "E-Tech", "Air", "Ultra", "360"]
EVENT_HEADS = ["Festival", "Salon", "Foire", "Rencontres", "Fête", "Grand Prix", "Tour", "Open",
               "Marathon", "Biennale", "Sommet", "Coupe", "Trophée", "Nuits"]
PLACE_HEADS = ["col", "mont", "lac", "rue", "avenue", "place", "pont", "vallée", "forêt", "île", "baie", "cap"]


def of(name):
    """'de Lyon', "d'Orsay"."""
    return ("d'" if VOWEL_START.match(name) else "de ") + name


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

    def surname(self, particle=True):
        r = self.rng
        s = word(r)
        x = r.random()
        if x < 0.15:
            if not particle:
                return s
            particle = r.choice(["de", "du", "Le", "La", "Le", "de La", "d'", "van", "von", "Ben", "al-"])
            s = particle + ("" if particle[-1] in "-'" else " ") + s
        elif x < 0.21:
            s = s + "-" + word(r)
        return s

    def person(self):
        r = self.rng
        # a third of the first names are also ordinary words (Marine, Pierre, Claire);
        # some are foreign names no list holds (Tzvetan, Abebe): invented here
        x = r.random()
        first = r.choice(self.first_words) if x < 0.3 else word(r) if x < 0.5 else r.choice(self.first)
        if r.random() < 0.12:
            first = first + "-" + r.choice(self.first)
        if r.random() < 0.05:
            first = first + " " + first[0] + "."
        return first + " " + self.surname()

    def org(self):
        r = self.rng
        x = r.random()
        if x < 0.25:
            return word(r, r.choice([2, 3]))
        if x < 0.45:
            return word(r) + " " + r.choice(COMPANY_SUFFIXES)
        if x < 0.52:
            return r.choice(COMPANY_HEADS) + " " + word(r)
        if x < 0.65:
            return "".join(r.choice("ABCDEFGHIJKLMNOPRSTUV") for _ in range(r.choice([2, 3, 3, 4, 5])))
        if x < 0.75:
            name = r.choice(ORG_HEADS) + " " + r.choice(ORG_ADJS)
            if r.random() < 0.4:
                name += " " + r.choice(ORG_COMPLEMENTS)
            return name
        if x < 0.82:
            # "Cour des comptes", "Syndicat des [any plural noun]"
            return r.choice(ORG_HEADS) + " " + r.choice(["des ", "de la ", "du "]) + r.choice(self.nouns)
        if x < 0.92:
            return r.choice(ORG_HEADS) + " " + of(r.choice(self.places))
        # a team: "les Faucons de Lyon"
        return word(r) + "s " + of(r.choice(self.places))

    def misc(self):
        """A product, event or work: "Zorvan X3", "Festival de Marlhac", "Les Ombres du Vanel"."""
        r = self.rng
        x = r.random()
        if x < 0.3:
            code = r.choice(MODEL_CODES)
            return word(r) + ("" if code.isdigit() and r.random() < 0.3 else " ") + code
        if x < 0.55:
            return r.choice(EVENT_HEADS) + " " + of(r.choice(self.places))
        if x < 0.8:
            title = r.choice(self.nouns)
            title = r.choice(["Les ", "Des ", ""]) + title if r.random() < 0.5 else title
            title += " " + r.choice(["de ", "du ", "sur ", "des "]) + word(r)
            return title[0].upper() + title[1:]
        return " ".join(word(r) for _ in range(r.choice([1, 1, 2])))

    def place(self):
        r = self.rng
        if r.random() >= PLACE_INVENTED:
            return r.choice(self.places)
        x = r.random()
        if x < 0.3:
            return word(r)
        if x < 0.55:
            return r.choice(["Saint-", "Sainte-", "Port-", "Mont-"]) + word(r)
        if x < 0.75:
            return word(r) + r.choice(["-sur-" + word(r), "-les-Bains", "-le-Haut", "-la-Forêt"])
        return r.choice(PLACE_HEADS) + " " + of(word(r))
