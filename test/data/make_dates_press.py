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
    ('il y a près de deux ans', 'il y a près de deux ans', 'period', D('2023-01-01', '2024-01-01'), 'about'),
    ('il y a environ un mois', 'il y a environ un mois', 'period', D('2025-11-01', '2025-12-01'), 'about'),
    ('il y a une dizaine d’années', 'il y a une dizaine d’années', 'period', D('2015-01-01', '2016-01-01'), 'about'),
    ('il y a plus de vingt ans', 'il y a plus de vingt ans', 'period', D('2005-01-01', '2006-01-01'), 'under'),
    ('il y a maintenant trois ans', 'il y a maintenant trois ans', 'period', D('2022-01-01', '2023-01-01'), None),
    ('il y a tout juste un an', 'il y a tout juste un an', 'period', D('2024-01-01', '2025-01-01'), None),
    ('dans moins de deux ans', 'dans moins de deux ans', 'period', D('2027-01-01', '2028-01-01'), 'under'),
    ('dans une quinzaine de jours', 'dans une quinzaine de jours', 'date', D('2025-12-25', '2025-12-26'), 'about'),
    ('en décembre dernier', 'décembre dernier', 'period', D('2024-12-01', '2025-01-01'), None),
    ('vers 18 heures', '18 heures', 'time', ('2025-12-10 18:00:00', '2025-12-10 19:00:00'), 'about'),
    ('à midi', 'midi', 'time', ('2025-12-10 12:00:00', '2025-12-10 12:01:00'), None),
    ('pendant dix ans', 'dix ans', 'duration', None, None),
    ('depuis trois mois', 'trois mois', 'duration', None, None),
    ('au cours des 24 dernières heures', '24 dernières heures', 'period',
     ('2025-12-09 08:00:00', '2025-12-10 08:00:00'), None),
    ('ces dernières 48 heures', 'dernières 48 heures', 'period',
     ('2025-12-08 08:00:00', '2025-12-10 08:00:00'), None),
    ('dans les deux semaines à venir', 'dans les deux semaines à venir', 'period',
     D('2025-12-08', '2025-12-22'), None),
    ('pour les trois mois qui viennent', 'trois mois qui viennent', 'period', D('2026-01-01', '2026-04-01'), None),
    ('dans les 48 heures', 'dans les 48 heures', 'duration', None, None),
    ('après 19 heures de négociations', '19 heures', 'duration', None, None),
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
# A day with its hours (one span, a datetime: the day with a part of it,
# like "jeudi soir"), clock times in words, and near misses that must not
# combine.  Whole sentences: (text, [(surface, kind, (lo, hi) or None,
# qualifier)]); the surface is found in the text (its first occurrence).
T = lambda a, b: ('2025-12-' + a + ':00', '2025-12-' + b + ':00')
HOURS = [
    # a day, then a range of hours
    ('La mairie sera ouverte le 17 de 14h à 16h pour les inscriptions.',
     [('17 de 14h à 16h', 'datetime', T('17 14:00', '17 17:00'), None)]),
    ('Le bureau de vote restera ouvert le 14 décembre de 8 h à 18 h.',
     [('14 décembre de 8 h à 18 h', 'datetime', T('14 08:00', '14 19:00'), None)]),
    ('La réunion se tiendra vendredi 30 janvier 2026 entre 12h00 et 14h00 à la préfecture.',
     [('vendredi 30 janvier 2026 entre 12h00 et 14h00', 'datetime',
       ('2026-01-30 12:00:00', '2026-01-30 14:01:00'), None)]),
    ('Les riverains pourront visiter le chantier le 20 entre 14 et 16, selon la mairie.',
     [('20 entre 14 et 16', 'datetime', T('20 14:00', '20 17:00'), None)]),
    ('La permanence aura lieu le 12 de 9 à 11, salle des fêtes.',
     [('12 de 9 à 11', 'datetime', T('12 09:00', '12 12:00'), None)]),
    ('Le marché couvert ouvrira samedi de 10h à 19h.',
     [('samedi de 10h à 19h', 'datetime', T('13 10:00', '13 20:00'), None)]),
    ('Le trafic a été interrompu mardi entre 6h30 et 9h sur la ligne B.',
     [('mardi entre 6h30 et 9h', 'datetime', T('09 06:30', '09 10:00'), None)]),
    ('La piscine sera fermée demain de 12 h à 14 h pour une vidange.',
     [('demain de 12 h à 14 h', 'datetime', T('11 12:00', '11 15:00'), None)]),
    ('Les urgences ont été saturées hier entre 22h et 2h du matin.',
     [('hier entre 22h et 2h du matin', 'datetime', T('09 22:00', '10 03:00'), None)]),
    ('Le guichet sera ouvert lundi 15 décembre de 9 h 30 à 12 h.',
     [('lundi 15 décembre de 9 h 30 à 12 h', 'datetime', T('15 09:30', '15 13:00'), None)]),
    ('La manifestation partira jeudi entre 14 heures et 15 heures de la place de la République.',
     [('jeudi entre 14 heures et 15 heures', 'datetime', T('11 14:00', '11 16:00'), None)]),
    ('Le concert est prévu le 31 décembre de 20h à minuit.',
     [('31 décembre de 20h à minuit', 'datetime', ('2025-12-31 20:00:00', '2026-01-01 00:00:00'), None)]),
    ('Aujourd’hui de 8h à 20h, les bureaux de poste restent ouverts.',
     [('Aujourd’hui de 8h à 20h', 'datetime', T('10 08:00', '10 21:00'), None)]),
    ('Les magasins ouvriront le 24 décembre de 9 heures à 20 heures.',
     [('24 décembre de 9 heures à 20 heures', 'datetime', T('24 09:00', '24 21:00'), None)]),
    ('La grève a perturbé le trafic hier de 6 h à 10 h.',
     [('hier de 6 h à 10 h', 'datetime', T('09 06:00', '09 11:00'), None)]),
    ('Une coupure d’électricité est prévue mercredi 17 décembre entre 8 h 30 et 12 h 30.',
     [('mercredi 17 décembre entre 8 h 30 et 12 h 30', 'datetime', T('17 08:30', '17 12:31'), None)]),
    ('Le point presse aura lieu demain entre 11 h et midi.',
     [('demain entre 11 h et midi', 'datetime', T('11 11:00', '11 12:01'), None)]),
    # the hours, then the day
    ('Les inscriptions se feront de 5 à 7 aujourd’hui au gymnase.',
     [('de 5 à 7 aujourd’hui', 'datetime', T('10 05:00', '10 08:00'), None)]),
    ('La circulation sera coupée de 14 h à 16 h jeudi sur le pont.',
     [('de 14 h à 16 h jeudi', 'datetime', T('11 14:00', '11 17:00'), None)]),
    ('Le vote aura lieu entre 9h et 11h demain matin.',
     [('entre 9h et 11h demain matin', 'datetime', T('11 09:00', '11 12:00'), None)]),
    ('Les agents seront reçus de 10 à 12 demain par le préfet.',
     [('de 10 à 12 demain', 'datetime', T('11 10:00', '11 13:00'), None)]),
    # a part of the day after the day
    ('Le suspect a été interpellé mardi dans la matinée à son domicile.',
     [('mardi dans la matinée', 'datetime', T('09 06:00', '09 12:00'), None)]),
    ('Le ministre se rendra à Lyon jeudi dans l’après-midi.',
     [('jeudi dans l’après-midi', 'datetime', T('11 12:00', '11 18:00'), None)]),
    ('L’incendie s’est déclaré le 3 décembre au soir dans un entrepôt.',
     [('3 décembre au soir', 'datetime', T('03 18:00', '04 00:00'), None)]),
    ('Le texte sera examiné vendredi en soirée par les députés.',
     [('vendredi en soirée', 'datetime', T('12 18:00', '13 00:00'), None)]),
    ('Les secours ont été appelés la veille au soir.',
     [('la veille au soir', 'datetime', T('09 18:00', '10 00:00'), None)]),
    ('Les négociations reprendront lundi en matinée.',
     [('lundi en matinée', 'datetime', T('15 06:00', '15 12:00'), None)]),
    ('Le corps a été retrouvé dimanche dans la nuit près du port.',
     [('dimanche dans la nuit', 'datetime', T('07 22:00', '08 06:00'), None)]),
    ('Le tribunal rendra sa décision le 19 décembre dans l’après-midi.',
     [('19 décembre dans l’après-midi', 'datetime', T('19 12:00', '19 18:00'), None)]),
    # before or after a time of the day
    ('Les dossiers doivent être déposés jeudi avant 17h à la préfecture.',
     [('jeudi avant 17h', 'datetime', T('11 00:00', '11 17:00'), None)]),
    ('La circulation sera rétablie samedi après 20 h 30 sur le périphérique.',
     [('samedi après 20 h 30', 'datetime', T('13 20:30', '14 00:00'), None)]),
    # a day number without month, with its hours
    ('Le conseil se réunira le 18 à 20h30 en mairie.',
     [('18 à 20h30', 'datetime', T('18 20:30', '18 20:31'), None)]),
    ('Le vote aura lieu le 21 au matin.',
     [('21 au matin', 'datetime', T('21 06:00', '21 12:00'), None)]),
    ('Le match s’est joué le 6 à 21h devant un stade plein.',
     [('6 à 21h', 'datetime', T('06 21:00', '06 22:00'), None)]),
    # a night with the hours of its second day
    ('La police est intervenue dans la nuit de mardi à mercredi entre 1 h et 2 h.',
     [('la nuit de mardi à mercredi entre 1 h et 2 h', 'datetime', T('10 01:00', '10 03:00'), None)]),
    # a range of days with its hours: one period, from the first day to the end of the last hour
    ('Le musée sera ouvert du lundi au vendredi de 9h à 18h.',
     [('du lundi au vendredi de 9h à 18h', 'period', T('15 00:00', '19 19:00'), None)]),
    # clock times in words
    ('Le train partira à sept heures dix de la gare de Lyon.',
     [('sept heures dix', 'time', T('10 07:10', '10 07:11'), None)]),
    ('Il est huit heures moins le quart quand les policiers arrivent.',
     [('huit heures moins le quart', 'time', T('10 07:45', '10 07:46'), None)]),
    ('Le rendez-vous est fixé à sept heures et quart devant la mairie.',
     [('sept heures et quart', 'time', T('10 07:15', '10 07:16'), None)]),
    ('Le couvre-feu commence à vingt heures trente.',
     [('vingt heures trente', 'time', T('10 20:30', '10 20:31'), None)]),
    ('Les portes ouvriront dix-neuf heures trente, selon les organisateurs.',
     [('dix-neuf heures trente', 'time', T('10 19:30', '10 19:31'), None)]),
    ('Les sirènes ont retenti sept heures moins dix, selon des témoins.',
     [('sept heures moins dix', 'time', T('10 06:50', '10 06:51'), None)]),
    ('Rendez-vous est donné midi et demi sur le parvis.',
     [('midi et demi', 'time', T('10 12:30', '10 12:31'), None)]),
    ('Le couvre-feu débute à sept heures et demie.',
     [('sept heures et demie', 'time', T('10 07:30', '10 07:31'), None)]),
    ('Le maire est arrivé vers huit heures vingt.',
     [('huit heures vingt', 'time', T('10 08:20', '10 08:21'), 'about')]),
    ('Le jury rendra son verdict dès neuf heures et quart.',
     [('neuf heures et quart', 'time', T('10 09:15', '10 09:16'), 'from')]),
    ('Il était minuit et quart lorsque l’alerte a été donnée.',
     [('minuit et quart', 'time', T('10 00:15', '10 00:16'), None)]),
    ('Entre 14 et 16 heures, le trafic sera perturbé.',
     [('Entre 14 et 16 heures', 'period', T('10 14:00', '10 17:00'), None)]),
    # near misses: nothing combines
    ('Lyon s’est imposé 3-2 le 17 face à Nantes.', []),
    ('Les policiers ont perquisitionné le 17 de la rue des Lilas.', []),
    ('Le stage s’adresse aux jeunes de 14 à 16 ans.', []),
    ('Le stage aura lieu samedi pour les jeunes de 14 à 16 ans.',
     [('samedi', 'date', D('2025-12-13', '2025-12-14'), None)]),
    ('Samedi entre 14 et 16 joueurs seront sélectionnés.',
     [('Samedi', 'date', D('2025-12-13', '2025-12-14'), None)]),
    ('Mardi, entre 10 et 15 % des électeurs se sont abstenus.',
     [('Mardi', 'date', D('2025-12-09', '2025-12-10'), None)]),
    ('Dimanche de 20 à 30 bénévoles seront mobilisés.',
     [('Dimanche', 'date', D('2025-12-14', '2025-12-15'), None)]),
    ('Le taux passera le 1er janvier de 2 à 3 %.',
     [('1er janvier', 'date', D('2026-01-01', '2026-01-02'), None)]),
    ('Le 17, de nombreux commerces resteront fermés.', []),
    ('Le 12 de la liste a été élu au second tour.', []),
    ('La température variera entre 14 et 16 degrés jeudi.',
     [('jeudi', 'date', D('2025-12-11', '2025-12-12'), None)]),
    ('Le 17 entre 14 et 16 joueurs seront testés.', []),
    ('Le score était de 3-2 à la mi-temps.', []),
    ('Le débat a duré deux heures et demie.',
     [('deux heures et demie', 'duration', None, None)]),
    ('Le phénomène durera sept heures et demie.',
     [('sept heures et demie', 'duration', None, None)]),
    ('Le trajet prend deux heures vingt en moyenne.', []),
    ('La garde à vue a duré quatorze heures trente de plus que prévu.',
     [('quatorze heures trente', 'duration', None, None)]),
    # a weekday's part before its date; the story's day; a race; "une dernière journée"
    ('Le conseil se réunira le lundi matin 15 décembre en mairie.',
     [('lundi matin 15 décembre', 'datetime', T('15 06:00', '15 12:00'), None)]),
    ('Ce dimanche-là, la mairie était fermée.', []),
    ('Il a remporté les dernières 24 Heures du Mans.', []),
    ('Après une dernière journée d’audience, le jugement est attendu.', []),
    # hours of a length; a news bulletin takes an article
    ('Le ministre était l’invité du 20 heures de France 2.', []),
    ('La présentatrice du 13h quittera la chaîne.', []),
    ('Le cortège partira à 14 heures de la place de la République.',
     [('14 heures', 'time', T('10 14:00', '10 15:00'), None)]),
    # "d'ici trois jours": the shifted moment as a bound; a length after "durer"
    ('Le rapport sera remis d’ici trois semaines au ministre.',
     [('d’ici trois semaines', 'period', D('2025-12-29', '2026-01-05'), 'upto')]),
    ('Les travaux devraient s’achever d’ici à deux ans.',
     [('d’ici à deux ans', 'period', D('2027-01-01', '2028-01-01'), 'upto')]),
    ('Une décision est attendue d’ici quelques jours.',
     [('d’ici quelques jours', 'date', D('2025-12-13', '2025-12-14'), 'upto')]),
    ('Le gisement pourrait être épuisé d’ici une vingtaine d’années.',
     [('d’ici une vingtaine d’années', 'period', D('2045-01-01', '2046-01-01'), 'upto')]),
    ('Le chantier durera trois ans selon la métropole.',
     [('trois ans', 'duration', None, None)]),
    ('La grève a duré près de deux semaines dans les raffineries.',
     [('deux semaines', 'duration', None, 'about')]),
    ('L’audience a duré 2 heures 30 minutes.',
     [('2 heures 30 minutes', 'duration', None, None)]),
    ('Le concert a duré deux heures trente, sans entracte.',
     [('deux heures trente', 'duration', None, None)]),
    ('Pendant deux heures trente manifestants ont bloqué le pont.',
     [('deux heures', 'duration', None, None)]),
    ('Le vainqueur, âgé de trois ans, a couru plus vite.', []),
    ('Il faudra d’ici là trouver un accord.', []),
    ('Les enquêteurs suivent sa piste depuis plusieurs mois.',
     [('plusieurs mois', 'duration', None, 'about')]),
    ('« Cela fait vingt ans que je travaille ici », dit-elle.',
     [('vingt ans', 'duration', None, None)]),
    ('La ville est bouclée depuis déjà deux semaines.',
     [('deux semaines', 'duration', None, None)]),
    ('En l’espace de quelques jours, la rumeur a enflé.',
     [('quelques jours', 'duration', None, 'about')]),
    # a hedge's qualifier; days listed before the last one's month
    ('Le chômage touche depuis plus d’un an les jeunes diplômés.',
     [('un an', 'duration', None, 'over')]),
    ('Le congrès se tiendra les 14 et 15 mars 2026 à Lyon.',
     [('14', 'date', D('2026-03-14', '2026-03-15'), None),
      ('15 mars 2026', 'date', D('2026-03-15', '2026-03-16'), None)]),
    ('La grève est prévue entre les 18 et 25 juin 2026.',
     [('entre les 18 et 25 juin 2026', 'period', D('2026-06-18', '2026-06-26'), None)]),
    ('Le joueur a fait deux ans de prison avant de revenir.', []),
    ('Le nombre de cas a doublé en 48h dans la région.',
     [('48h', 'duration', None, None)]),
    ('Le vol d’une durée de 4h40 a été retardé.',
     [('4h40', 'duration', None, None)]),
    ('Le magasin est fermé depuis 15h.',
     [('15h', 'time', T('10 15:00', '10 16:00'), 'from')]),
    # a night from a bare day; a part of a week
    ('Dans la nuit du 5 au 6 décembre, deux voitures ont brûlé.',
     [('la nuit du 5 au 6 décembre', 'datetime', ('2025-12-05 22:00:00', '2025-12-06 06:00:00'), None)]),
    ('Le texte sera examiné en fin de semaine par le Sénat.',
     [('fin de semaine', 'period', D('2025-12-12', '2025-12-15'), None)]),
    ('Les syndicats seront reçus en début de semaine prochaine.',
     [('début de semaine prochaine', 'period', D('2025-12-15', '2025-12-17'), None)]),
    ('Les écoles rouvriront la semaine du 12 janvier.',
     [('la semaine du 12 janvier', 'period', D('2026-01-12', '2026-01-19'), None)]),
    # the nth of a month; a third of a part of the day or of the year
    ('Le beaujolais nouveau est arrivé le troisième jeudi de novembre 2025.',
     [('troisième jeudi de novembre 2025', 'date', D('2025-11-20', '2025-11-21'), None)]),
    ('Le passage à l’heure d’été se fera le dernier dimanche de mars.',
     [('dernier dimanche de mars', 'date', D('2026-03-29', '2026-03-30'), None)]),
    ('Les soldes débuteront la deuxième quinzaine de janvier.',
     [('deuxième quinzaine de janvier', 'period', D('2026-01-16', '2026-02-01'), None)]),
    ('Le festival a attiré la foule le dernier week-end d’août 2025.',
     [('dernier week-end d’août 2025', 'period', D('2025-08-30', '2025-09-01'), None)]),
    ('Les négociations reprendront la première semaine de février 2026.',
     [('première semaine de février 2026', 'period', D('2026-02-01', '2026-02-08'), None)]),
    ('Les manifestants ont défilé pour le quatrième samedi consécutif.', []),
    ('Le ministre s’est exprimé mardi en fin de journée.',
     [('mardi en fin de journée', 'datetime', T('09 16:00', '10 00:00'), None)]),
    ('Le conseil se réunira jeudi en début d’après-midi.',
     [('jeudi en début d’après-midi', 'datetime', T('11 12:00', '11 14:00'), None)]),
    ('La réforme sera votée en fin d’année.',
     [('fin d’année', 'period', D('2025-09-01', '2026-01-01'), None)]),
    ('Les fêtes de fin d’année approchent.', []),
]
DURATIONS = {'dix ans': {'months': 120, 'days': 0, 'seconds': 0},
             'un an': {'months': 12, 'days': 0, 'seconds': 0},
             'trois mois': {'months': 3, 'days': 0, 'seconds': 0},
             'dans les 48 heures': {'months': 0, 'days': 0, 'seconds': 172800},
             '19 heures': {'months': 0, 'days': 0, 'seconds': 68400},
             'deux heures et demie': {'months': 0, 'days': 0, 'seconds': 9000},
             'sept heures et demie': {'months': 0, 'days': 0, 'seconds': 27000},
             'quatorze heures trente': {'months': 0, 'days': 0, 'seconds': 52200},
             'trois ans': {'months': 36, 'days': 0, 'seconds': 0},
             'deux semaines': {'months': 0, 'days': 14, 'seconds': 0},
             '2 heures 30 minutes': {'months': 0, 'days': 0, 'seconds': 9000},
             'deux heures trente': {'months': 0, 'days': 0, 'seconds': 9000},
             'deux heures': {'months': 0, 'days': 0, 'seconds': 7200},
             'plusieurs mois': {'months': 3, 'days': 0, 'seconds': 0},
             'vingt ans': {'months': 240, 'days': 0, 'seconds': 0},
             'quelques jours': {'months': 0, 'days': 3, 'seconds': 0},
             '48h': {'months': 0, 'days': 0, 'seconds': 172800},
             '4h40': {'months': 0, 'days': 0, 'seconds': 16800}}


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
for text, exprs in HOURS:
    out.append({'text': text, 'ref': REF, 'expected': [
        {'surface': sf, 'start': text.index(sf) + 1, 'len': len(sf), 'kind': kind,
         'lo': v[0] if v else None, 'hi': v[1] if v else None, 'qualifier': q}
        | ({'duration': DURATIONS[sf]} if kind == 'duration' else {})
        for sf, kind, v, q in exprs]})
for o in out:
    print(json.dumps(o, ensure_ascii=False))
