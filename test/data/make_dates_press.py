#!/usr/bin/env python3
"""Writes test/data/dates_press.jsonl: press sentences written for frnews,
each with the date expressions it holds, their span and value checked by
hand (the values below are written out, not computed by frnews).

Every form of docs/dates.md is set in press contexts: neutral (present tense)
for forms whose value does not depend on tense, past and future contexts for
the bare weekday and month (the tense rule).  The reference moment of every
sentence is Wednesday 10 December 2025, 08:00.
Run: python3 test/data/make_dates_press.py > test/data/dates_press.jsonl
"""
import json

REF = '2025-12-10T08:00'
D = lambda a, b: (a + ' 00:00:00', b + ' 00:00:00')

# (text inserted, surface expected, kind, (lo, hi) or None, qualifier, duration months/days)
ABSOLUTE = [
    ('le 3 décembre 2025', '3 décembre 2025', 'date', D('2025-12-03', '2025-12-04'), None),
    ('le 12 mars 2024', '12 mars 2024', 'date', D('2024-03-12', '2024-03-13'), None),
    ('le 3 déc. 2025', '3 déc. 2025', 'date', D('2025-12-03', '2025-12-04'), None),
    ('le 03/12/2025', '03/12/2025', 'date', D('2025-12-03', '2025-12-04'), None),
    ('le 2025-12-03', '2025-12-03', 'date', D('2025-12-03', '2025-12-04'), None),
    ('en 2019', '2019', 'period', D('2019-01-01', '2020-01-01'), None),
    ('au premier trimestre 2024', 'premier trimestre 2024', 'period', D('2024-01-01', '2024-04-01'), None),
    ('au T3 2023', 'T3 2023', 'period', D('2023-07-01', '2023-10-01'), None),
    ('au second semestre 2022', 'second semestre 2022', 'period', D('2022-07-01', '2023-01-01'), None),
    ('fin 2023', 'fin 2023', 'period', D('2023-09-01', '2024-01-01'), None),
    ('début 2024', 'début 2024', 'period', D('2024-01-01', '2024-05-01'), None),
    ('mi-juin 2025', 'mi-juin 2025', 'period', D('2025-06-11', '2025-06-21'), None),
    ('à la fin des années 1990', 'la fin des années 1990', 'period', D('1997-01-01', '2000-01-01'), None),
    ('dans les années 80', 'les années 80', 'period', D('1980-01-01', '1990-01-01'), None),
    ('au XIXe siècle', 'XIXe siècle', 'period', D('1801-01-01', '1901-01-01'), None),
    ('depuis 2015', '2015', 'period', D('2015-01-01', '2016-01-01'), 'from'),
    ('entre 2010 et 2015', 'entre 2010 et 2015', 'period', D('2010-01-01', '2016-01-01'), None),
    ('de 2010 à 2015', 'de 2010 à 2015', 'period', D('2010-01-01', '2016-01-01'), None),
    ('du 3 au 5 mars 2026', 'du 3 au 5 mars 2026', 'period', D('2026-03-03', '2026-03-06'), None),
    ('d’ici 2030', '2030', 'period', D('2030-01-01', '2031-01-01'), 'upto'),
    ('à l’horizon 2040', '2040', 'period', D('2040-01-01', '2041-01-01'), 'upto'),
    ('le 14 juillet 2024', '14 juillet 2024', 'date', D('2024-07-14', '2024-07-15'), None),
    ('le 1er mai 2025', '1er mai 2025', 'date', D('2025-05-01', '2025-05-02'), None),
    ('le trois mars deux mille vingt', 'trois mars deux mille vingt', 'date', D('2020-03-03', '2020-03-04'), None),
    ('à Pâques 2024', 'Pâques 2024', 'date', D('2024-03-31', '2024-04-01'), None),
    ('en juillet 2023', 'juillet 2023', 'period', D('2023-07-01', '2023-08-01'), None),
    ('jusqu’au 15 janvier 2026', '15 janvier 2026', 'date', D('2026-01-15', '2026-01-16'), 'to'),
    ('avant le 1er novembre 2025', '1er novembre 2025', 'date', D('2025-11-01', '2025-11-02'), 'under'),
    ('le mardi 3 décembre 2024', 'mardi 3 décembre 2024', 'date', D('2024-12-03', '2024-12-04'), None),
    ('le 3 décembre 2025 à 15 h 30', '3 décembre 2025 à 15 h 30', 'datetime',
     ('2025-12-03 15:30:00', '2025-12-03 15:31:00'), None),
    # relative to the reference, whatever the tense
    ('hier', 'hier', 'date', D('2025-12-09', '2025-12-10'), None),
    ('avant-hier', 'avant-hier', 'date', D('2025-12-08', '2025-12-09'), None),
    ('aujourd’hui', 'aujourd’hui', 'date', D('2025-12-10', '2025-12-11'), None),
    ('demain', 'demain', 'date', D('2025-12-11', '2025-12-12'), None),
    ('la veille', 'la veille', 'date', D('2025-12-09', '2025-12-10'), None),
    ('le lendemain', 'le lendemain', 'date', D('2025-12-11', '2025-12-12'), None),
    ('la semaine dernière', 'la semaine dernière', 'period', D('2025-12-01', '2025-12-08'), None),
    ('le mois prochain', 'le mois prochain', 'period', D('2026-01-01', '2026-02-01'), None),
    ('cette année', 'cette année', 'period', D('2025-01-01', '2026-01-01'), None),
    ('il y a deux ans', 'il y a deux ans', 'period', D('2023-01-01', '2024-01-01'), None),
    ('dans trois mois', 'dans trois mois', 'period', D('2026-03-01', '2026-04-01'), None),
    ('en décembre dernier', 'décembre dernier', 'period', D('2024-12-01', '2025-01-01'), None),
    ('vers 18 heures', '18 heures', 'time', ('2025-12-10 18:00:00', '2025-12-10 19:00:00'), 'about'),
    ('à midi', 'midi', 'time', ('2025-12-10 12:00:00', '2025-12-10 12:01:00'), None),
    ('pendant dix ans', 'dix ans', 'duration', None, None),
    ('depuis trois mois', 'trois mois', 'duration', None, None),
]

NEUTRAL = [
    'Selon la préfecture, le trafic reste perturbé {X} sur l’autoroute A7.',
    'Le conseil municipal examine {X} le projet de rénovation du stade.',
    'La direction confirme que le site ferme {X}, au grand dam des salariés.',
    'Pour les syndicats, la grève se poursuit {X} dans les dépôts de bus.',
    'Les chiffres publiés {X} montrent une hausse des inscriptions.',
    'La ministre rappelle que la réforme entre en vigueur {X}, sans exception.',
    'Une enquête est ouverte {X} pour corruption, indique le parquet.',
]
PAST = [
    'Le maire a inauguré la médiathèque {X}, en présence du préfet.',
    'Les enquêteurs ont perquisitionné le siège {X}.',
    'La ministre avait promis un geste {X}, sans suite.',
    'Les eurodéputés ont voté le texte {X} à une large majorité.',
]
FUTURE = [
    'Le maire inaugurera la médiathèque {X}, en présence du préfet.',
    'Les enquêteurs rendront leur rapport {X}.',
    'La ministre devrait annoncer un geste {X}.',
    'Les eurodéputés voteront le texte {X} à Strasbourg.',
]
# the tense rule: (text, surface, kind, past value, future value)
TENSED = [
    ('lundi', 'lundi', 'date', D('2025-12-08', '2025-12-09'), D('2025-12-15', '2025-12-16')),
    ('jeudi soir', 'jeudi soir', 'datetime', ('2025-12-04 18:00:00', '2025-12-05 00:00:00'),
     ('2025-12-11 18:00:00', '2025-12-12 00:00:00')),
    ('en mars', 'mars', 'period', D('2025-03-01', '2025-04-01'), D('2026-03-01', '2026-04-01')),
    ('le 1er mai', '1er mai', 'date', D('2025-05-01', '2025-05-02'), D('2026-05-01', '2026-05-02')),
]
# numbers that are no date
NEGATIVE = [
    'Le groupe a supprimé 2019 postes en France.',
    'Le CAC 40 a terminé la séance en hausse de 1,2 %.',
    'Paris 2024 a dégagé un excédent, selon le comité d’organisation.',
    'Le contrat daté du 31 février 2021 est un faux, selon les experts.',
    'Le club compte 2030 licenciés et 1999 bénévoles.',
    'Le prix du mètre carré atteint 2000 euros dans le quartier.',
    'Le sénateur Noël Mamère a quitté la séance.',
    'La mission Mars 2020 a collecté des échantillons.',
    'Il reste 15 places dans la salle Vendôme.',
]
DURATIONS = {'dix ans': {'months': 120, 'days': 0, 'seconds': 0},
             'trois mois': {'months': 3, 'days': 0, 'seconds': 0}}


def case(ctx, x, surface, kind, value, qual):
    text = ctx.replace('{X}', x)
    at = ctx.index('{X}') + x.index(surface)
    e = {'surface': surface, 'start': at + 1, 'len': len(surface), 'kind': kind,
         'lo': value[0] if value else None, 'hi': value[1] if value else None,
         'qualifier': qual}
    if kind == 'duration':
        e['duration'] = DURATIONS[surface]
    return {'text': text, 'ref': REF, 'expected': [e]}


out = []
for x, surface, kind, value, qual in ABSOLUTE:
    for ctx in NEUTRAL:
        out.append(case(ctx, x, surface, kind, value, qual))
for x, surface, kind, past, future in TENSED:
    for ctx in PAST:
        out.append(case(ctx, x, surface, kind, past, None))
    for ctx in FUTURE:
        out.append(case(ctx, x, surface, kind, future, None))
for t in NEGATIVE:
    out.append({'text': t, 'ref': REF, 'expected': []})
for o in out:
    print(json.dumps(o, ensure_ascii=False))
