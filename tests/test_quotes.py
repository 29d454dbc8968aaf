"""Quotes: the scanner over all German quotation styles, speech vs. titles, cues and speakers."""

from __future__ import annotations

import time

import pytest

from pressextract.components.quotes import find_quotes, scan_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quotes(text)]


def pairs(text: str) -> list[tuple[str, str | None]]:
    quotes, _ = find_quotes(text)
    return [(q.text, q.speaker) for q in quotes]


# --- the scanner ------------------------------------------------------------------------------

SCANNER_CASES = [
    ("„Wir bauen aus“, sagte sie.", ["Wir bauen aus"]),
    ("“Wir bauen aus”, sagte sie.", ["Wir bauen aus"]),
    ("»Wir bauen aus«, sagte sie.", ["Wir bauen aus"]),
    ("«Wir bauen aus», sagte sie.", ["Wir bauen aus"]),
    ("‚Wir bauen aus‘, sagte sie.", ["Wir bauen aus"]),
    ('"Wir bauen aus", sagte sie.', ["Wir bauen aus"]),
    ("'Wir bauen aus', sagte sie.", ["Wir bauen aus"]),
    # German opening mark closed by an English or a straight one
    ("„Wir bauen aus”, sagte sie.", ["Wir bauen aus"]),
    ('„Wir bauen aus", sagte sie.', ["Wir bauen aus"]),
    # English opening mark closed by the German closing mark
    ("“Wir bauen aus“, sagte sie.", ["Wir bauen aus"]),
    # a straight opening mark closed by a typographic one in closing position
    (
        '"Wir bauen aus, wo es geht,“ – betont sie. „Das ist gut“, sagt er.',
        ["Wir bauen aus, wo es geht,", "Das ist gut"],
    ),
    ('"Sie nennen es “Zukunft” hier", sagte er.', ["Sie nennen es “Zukunft” hier"]),
    # a straight mark after a full stop opens a new sentence that lacks its space
    ('Sie lobt das Team für den Sieg."Das alte Muster trägt nicht mehr", meint sie.', ["Das alte Muster trägt nicht mehr"]),
    # a low mark that cannot open a word closes the open quote
    ("Platz eins im Ranking „Beste Junge Hochschulen„.\nDie Hochschulen werden bewertet.", ["Beste Junge Hochschulen"]),
    (
        "„Ich habe Respekt vor Prof. Roth, „ stellt Prof. Lang fest.",
        ["Ich habe Respekt vor Prof. Roth,"],
    ),
    # nested quotes stay inside, in another style or in the same one
    ("„Das nennen wir ‚Smart City‘ im Alltag“, sagte er.", ["Das nennen wir ‚Smart City‘ im Alltag"]),
    ("„Projekte wie „Grüne Höfe“ zeigen es“, sagte er.", ["Projekte wie „Grüne Höfe“ zeigen es"]),
    ('„Sie nennen es "Zukunft" hier“, sagte er.', ['Sie nennen es "Zukunft" hier']),
    ("»Das ›Leitbild‹ gilt«, sagte er.", ["Das ›Leitbild‹ gilt"]),
    # a quote still open at the end of the text runs to its end
    ("Er sagte: „Wir machen weiter. Das ist sicher.", ["Wir machen weiter. Das ist sicher."]),
    # over two paragraphs, the first one left open as German typesetting does
    ("„Erster Absatz.\n„Zweiter Absatz.“ Ende.", ["Erster Absatz.\n„Zweiter Absatz."]),
    # a quote left open in one paragraph ends there when a new one opens mid-paragraph later
    ("„Wir machen weiter.\nDie Stadt plant: „Neue Wege“ und mehr.", ["Wir machen weiter.", "Neue Wege"]),
    # apostrophes are no quotation marks
    ("Wie geht's? Max' Rad steht da.", []),
    ("„Wie geht’s weiter?“, fragte er.", ["Wie geht’s weiter?"]),
    # a stray closing mark opens nothing
    ("Das Ende“ der Geschichte.", []),
    # broken by the attribution: two quotes
    ("„Teil eins“, sagte er, „Teil zwei.“", ["Teil eins", "Teil zwei."]),
]


@pytest.mark.parametrize("text, expected", SCANNER_CASES)
def test_scanner(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "„" * 100_000,
        '"' * 100_000,
        "“" * 100_000,
        "„a " * 100_000,
        ' "a' * 100_000,
        "„a “b ”c »d «e ‚f ‘g 'h \"i " * 12_000,
        "„a“ " * 50_000,
    ],
    ids=["open", "straight", "english", "open-words", "straight-words", "mixed", "pairs"],
)
def test_scanner_is_linear_on_unbalanced_marks(text: str) -> None:
    started = time.perf_counter()
    scan_quotes(text)
    assert time.perf_counter() - started < 3.0


def test_find_quotes_stays_fast_on_many_marks() -> None:
    text = "„" * 100_000
    started = time.perf_counter()
    find_quotes(text)
    assert time.perf_counter() - started < 15.0


def test_many_attributed_quotes_are_linear() -> None:
    text = "„Wir sind froh über das gute Ergebnis“, sagte Anna Roth. " * 2000
    started = time.perf_counter()
    quotes, speakers = find_quotes(text)
    assert len(quotes) == 2000 and [s.name for s in speakers] == ["Anna Roth"]
    assert time.perf_counter() - started < 10.0


# --- speech, titles, scare quotes, headings ---------------------------------------------------

NOT_QUOTES = [
    "Die Schüler präsentierten „kreative Lösungen“ für den Schulhof.",
    "Die Gemeinde wurde als „Beste Kommune für junge Familien in ganz Deutschland“ ausgezeichnet.",
    "Der Verein um Präsident Max Roth setzt auf „nachhaltiges Wachstum“.",
    "Das Magazin „Wirtschaftsblatt“ hat die Städte verglichen.",
    "Die „Attraktivität“ der Innenstadt spielte eine große Rolle.",
    "Das Projekt „Grüne Höfe für alle“ startet im Mai mit zehn Partnern.",
    "Unter dem Motto „Gemeinsam für mehr Grün in unserer Stadt“ laden die Veranstalter ein.",
    "Die Ausstellung „Licht und Schatten in der Kunst der Moderne“ ist bis Mai zu sehen.",
    "In der „Lupe“-Liste steht die Klinik weit oben.",
    "Vier Anbieter erhielten nur zwei Sterne („schwach“) in der Wertung.",
    "Die Stadt hat eine App namens „Stadtfunk“ entwickelt.",
    "Pressemitteilung\n„Gemeinsam für Adorf“\nDie Kreisstadt startet eine neue Kampagne.",
    "„Jetzt die Lehrlinge für übermorgen gewinnen!“ / Aktion der Betriebe beginnt\nDie Kammern werben.",
    "Die Stadt nimmt am Wettbewerb „Kinder bauen Brücken“ teil, sagte die Schulleitung nicht.",
    # a name or title with a year, after an article or anywhere
    "Anlässlich der Präsentation des „Muster-Jahresberichts 2014“ nannte die Geschäftsführerin neue Zahlen.",
    "Die Sonderausgabe „Gründerstars 2013“ zeigt die Rangliste der Betriebe.",
    "Es war ein Vorhaben, das sich die Muster University mit dem „Global Index of Young Colleges - 2009“ vorgenommen hatte.",
    # a short term no one says, whatever verb follows
    "Die Kasse durfte sich zudem über den Extrapreis für „Inklusion“ freuen.",
    "Mit der Aktion „#mehrgrün“ zieht der Verband Bilanz.",
    "Die Jury bewertete den Auftritt mit „sehr gut“ und vergab den Preis.",
    # a short name after a colon, whoever the clause names
    "So liegen sie nur drei Zähler vor dem Letzten: „Muster Energie“, auch im Kreis tätig.",
    "Hier die Sieger der aktuellen Runde: „Bäcker der Saison“ ist der Meister Tim Roth.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_titles_names_scare_quotes_and_headings_are_no_quotes(text: str) -> None:
    assert pairs(text) == []


# --- attribution ------------------------------------------------------------------------------

ATTRIBUTION_CASES = [
    # "sagte er:" at the end of a long clause before the colon
    (
        "„Wir kommen voran“, sagte Präsident Rolf Wintrich. Im Hinblick auf den Kreis, der als Gewinner der Saison gilt, sagte er: „Das macht uns allen Mut.“",
        [("Wir kommen voran", "Rolf Wintrich"), ("Das macht uns allen Mut.", "Rolf Wintrich")],
    ),
    # a lower-case fragment in a sentence whose subject is a pronoun
    (
        "Lukas Sommer besucht in Adorf das Gymnasium. Danach will er eine Lehre beginnen „und später eventuell noch studieren“.",
        [("und später eventuell noch studieren", "Lukas Sommer")],
    ),
    (
        "Für Landrätin Sabine Berg ist die Wertung ein Gewinn für die Betriebe. „Nun müssen wir diesen Vorsprung sichern.“",
        [("Nun müssen wir diesen Vorsprung sichern.", "Sabine Berg")],
    ),
    # a person governed by a preposition receives, they do not speak
    (
        "Bei der Übergabe des Pokals an die Gründerin der Muster AG, Rita Glaser, wurde außerdem die „gute Kooperation mit den örtlichen Vereinen“ betont.",
        [("gute Kooperation mit den örtlichen Vereinen", None)],
    ),
    # one word in quotes before a name does not end the clause that names the speaker
    (
        "„Das Niveau war beeindruckend“, lobte zum Schluss der eingeladene „Chefjuror“ Markus Wolter.",
        [("Das Niveau war beeindruckend", "Markus Wolter")],
    ),
    # a speech cue closing the sentence gives it the fragments inside it
    (
        "Vom „Rad-statt-Auto-Boom“ hat jedoch nicht jeder etwas, so Carola Berg.",
        [("Rad-statt-Auto-Boom", "Carola Berg")],
    ),
    ("Vom „Rad-statt-Auto-Boom“ hat nicht jeder etwas, so die Umfrage.", []),
    # a whole short sentence in quotes is speech; a motto with "!" is not
    (
        "Sprecherin Nicole Lang berichtete, dass alle nervös waren. „Das war knapp.“ Am Ende fehlten zwei Sekunden.",
        [("Das war knapp.", "Nicole Lang")],
    ),
    ("Die Kinder traten beim Wettbewerb „Physik – voll im Fluss!“ in Adorf an.", []),
    # a quote left open ends with its paragraph; the names after it are read again
    (
        "„Dank an alle Vereine, die dabei waren, so Sprecher Tim Roth.\n\nGeschäftsführer Hans Georg Falk schaute zurück: „Wir haben unseren Kurs gehalten.“",
        [
            ("Dank an alle Vereine, die dabei waren, so Sprecher Tim Roth.", None),
            ("Wir haben unseren Kurs gehalten.", "Hans Georg Falk"),
        ],
    ),
    # a definite role no one had describes the person named last (one without a role, or any
    # one where the role only describes); plural roles point to nobody
    (
        "Tim Roth ist zufrieden. „Es ist ein gutes Ergebnis“, erklärt der Delegierte.",
        [("Es ist ein gutes Ergebnis", "Tim Roth")],
    ),
    (
        "„Wir sind auf Kurs“, sagte Oberbürgermeister Tim Roth. „Der Plan geht auf“, meinte der Grünen-Politiker.",
        [("Wir sind auf Kurs", "Tim Roth"), ("Der Plan geht auf", "Tim Roth")],
    ),
    (
        "„Wir sind auf Kurs“, sagte Eva Lang. Die Angestellten der Firma loben „flexible Arbeitszeiten“.",
        [("Wir sind auf Kurs", "Eva Lang")],
    ),
    # a verb after the quote goes on with the sentence's subject, "der N-Jährige" or a pronoun
    (
        "Lukas Sommer besucht in Adorf das Gymnasium. Der 17-Jährige hat „nie mit einem Sieg gerechnet“, "
        "rechnete sich aber Chancen aus.",
        [("nie mit einem Sieg gerechnet", "Lukas Sommer")],
    ),
    # a given name alone refers to the person named before with that given name
    (
        "Den ersten Preis holte Felix Sommer aus Talheim. „Ich bin froh“, sagt Felix.",
        [("Ich bin froh", "Felix Sommer")],
    ),
    ("Anna Frank kam. „Gut“, sagt Frank.", [("Gut", "Anna Frank")]),
    # a fragment in reported speech (Konjunktiv) goes on with the person quoted just before, or
    # with the person the sentence names after it
    (
        "„Das Land hat gut abgeschnitten“, sagte Ministerpräsident Tim Roth. Der Erfolg sei „eine klare Bestätigung“ der Politik.",
        [("Das Land hat gut abgeschnitten", "Tim Roth"), ("eine klare Bestätigung", "Tim Roth")],
    ),
    (
        "„Das Land hat gut abgeschnitten“, sagte Ministerpräsident Tim Roth. Dass die Schulen sich im „starken Wettbewerb“ "
        "behauptet hätten, zeige ihre Qualität, lässt sich Senatorin Eva Lang zitieren.",
        [("Das Land hat gut abgeschnitten", "Tim Roth"), ("starken Wettbewerb", "Eva Lang")],
    ),
    # without a person quoted before, a fragment in reported speech is no quote
    ("Der Erfolg sei „eine klare Bestätigung“ der Politik.", []),
    # "der/die N-Jährige" points back to the person just named
    (
        "Anna Roth gewann den Lauf. „Es ist ein tolles Gefühl“, meinte die 37-Jährige.",
        [("Es ist ein tolles Gefühl", "Anna Roth")],
    ),
    (
        "Bürgermeister Tim Berg kam ins Ziel. „Wir hatten mit 55 Staffeln gerechnet“, erklärte der 52-Jährige.",
        [("Wir hatten mit 55 Staffeln gerechnet", "Tim Berg")],
    ),
    # a role in the genitive refers to the person with that role
    (
        "Oberbürgermeister Tim Roth lobte die Stadt. Daher geht der Dank des Oberbürgermeisters an die Helfer: „Das ist euer Erfolg.“",
        [("Das ist euer Erfolg.", "Tim Roth")],
    ),
    # speech verb after the quote, inflected and separable
    (
        "„Wir sind stolz auf das Ergebnis“, sagte Oberbürgermeisterin Anna Schneider am Montag.",
        [("Wir sind stolz auf das Ergebnis", "Anna Schneider")],
    ),
    (
        "„Die Zahlen sprechen für sich“, hob Landrat Peter Krause hervor.",
        [("Die Zahlen sprechen für sich", "Peter Krause")],
    ),
    (
        "„Gemeinsam schaffen wir das“, zeigte sich Bürgermeisterin Ute Lang überzeugt.",
        [("Gemeinsam schaffen wir das", "Ute Lang")],
    ),
    (
        "„Dass wir diesen Preis erhalten, ist eine große Ehre“, freut sich Geschäftsführerin Eva Lorenz.",
        [("Dass wir diesen Preis erhalten, ist eine große Ehre", "Eva Lorenz")],
    ),
    # a quote broken by its attribution gives two quotes of one speaker
    (
        "„Das ist der erste Teil“, sagte Bürgermeister Peter Krause, „und das ist der zweite Teil.“",
        [("Das ist der erste Teil", "Peter Krause"), ("und das ist der zweite Teil.", "Peter Krause")],
    ),
    (
        "„Wir sind bereit“ – so Landrat Jens Müller – „und wir freuen uns auf die Aufgabe.“",
        [("Wir sind bereit", "Jens Müller"), ("und wir freuen uns auf die Aufgabe.", "Jens Müller")],
    ),
    # colon introductions
    (
        "Landrätin Maria Vogt betonte: „Der Kreis hat in den vergangenen Jahren viel erreicht.“",
        [("Der Kreis hat in den vergangenen Jahren viel erreicht.", "Maria Vogt")],
    ),
    (
        "Verkehrsministerin Karla Brandt zog Bilanz. Minister Brandts Fazit: „Die Straßen sind sicherer geworden.“",
        [("Die Straßen sind sicherer geworden.", "Karla Brandt")],
    ),
    (
        "Geschäftsführer Thomas Müller ist zufrieden. Er ist sicher: „Das neue Werk wird ein Erfolg.“",
        [("Das neue Werk wird ein Erfolg.", "Thomas Müller")],
    ),
    # "Das sagte X" after the quote
    (
        "„Der Ausbau der Radwege hat für uns höchste Priorität.“ Das sagte Verkehrsdezernentin Julia Brandt.",
        [("Der Ausbau der Radwege hat für uns höchste Priorität.", "Julia Brandt")],
    ),
    # pronouns and short forms resolved to the full name
    (
        "Die Präsidentin der Hochschule, Prof. Dr. Eva Roth, lud ein. „Wir haben hart dafür gearbeitet“, sagt sie.",
        [("Wir haben hart dafür gearbeitet", "Eva Roth")],
    ),
    (
        "Geschäftsführer Thomas Müller lobte das Team. „Ohne die Mitarbeitenden ginge es nicht“, betont Müller.",
        [("Ohne die Mitarbeitenden ginge es nicht", "Thomas Müller")],
    ),
    (
        "Bürgermeister Stefan Schulz eröffnete die Anlage. „Damit setzen wir ein Zeichen“, so der Bürgermeister.",
        [("Damit setzen wir ein Zeichen", "Stefan Schulz")],
    ),
    (
        "Bundesminister Karl Wendt überreichte Oberbürgermeister Jens Haukamp den Bescheid. Dieser freut sich: „Das hilft uns sehr.“",
        [("Das hilft uns sehr.", "Jens Haukamp")],
    ),
    # the pronoun's gender against the role's: "sie" is the minister, "er" the mayor
    (
        "Ministerin Eva Klein besuchte Bürgermeister Max Roth. „Das ist ein gutes Projekt“, sagte sie.",
        [("Das ist ein gutes Projekt", "Eva Klein")],
    ),
    (
        "Ministerin Eva Klein besuchte Bürgermeister Max Roth. „Das ist ein gutes Projekt“, sagte er.",
        [("Das ist ein gutes Projekt", "Max Roth")],
    ),
    # a personal pronoun takes the last sentence's subject, "dieser" the last person named
    (
        "Bundesminister Karl Wendt überreichte Oberbürgermeister Jens Haukamp den Bescheid. Er sagte: „Das hilft der Stadt.“",
        [("Das hilft der Stadt.", "Karl Wendt")],
    ),
    (
        "Gemeinsam mit Landrat Karl Wendt eröffnete Bürgermeister Jens Haukamp die Brücke. „Das ist ein großer Tag“, sagte er.",
        [("Das ist ein großer Tag", "Jens Haukamp")],
    ),
    # "so" as a conjunction is no cue
    ("Draußen zu sitzen ist eine „Wonne“, so man einen Platz bekommt.", []),
    # a name without a role after a reflexive speech verb
    (
        "„Wir sind stolz auf unsere Stadt“, freut sich Henrike Vollmers.",
        [("Wir sind stolz auf unsere Stadt", "Henrike Vollmers")],
    ),
    # a second quote introduced after the first one's cue, or by "Und weiter:"
    (
        "„Wir bauen aus“, betonte Landrätin Eva Stein und fügte hinzu: „Wir bleiben dran.“",
        [("Wir bauen aus", "Eva Stein"), ("Wir bleiben dran.", "Eva Stein")],
    ),
    (
        "„Wir bauen aus“, sagte Bürgermeister Max Roth. Und weiter: „Wir bleiben dran.“",
        [("Wir bauen aus", "Max Roth"), ("Wir bleiben dran.", "Max Roth")],
    ),
    (
        "„Wir bauen aus“, sagte Bürgermeister Max Roth. In dem Bericht heißt es: „Die Stadt bleibt dran.“",
        [("Wir bauen aus", "Max Roth"), ("Die Stadt bleibt dran.", None)],
    ),
    # a name without a role or a known given name opening the clause before a speech verb
    ("Kai-Uwe Tiedemann sagt: „Wir bauen aus.“", [("Wir bauen aus.", "Kai-Uwe Tiedemann")]),
    ("Die Firma Brandt erklärte: „Wir bauen aus.“", [("Wir bauen aus.", None)]),
    ("Der Gewinner: „Grüne Höfe“", []),
    # a paragraph of speech, then "So" and its speaker
    (
        "„Wir haben viel erreicht.“\nSo Bürgermeister Jan Roth beim Neujahrsempfang.",
        [("Wir haben viel erreicht.", "Jan Roth")],
    ),
    # a surname alone where no full name is given
    (
        "„Wir investieren weiter in Kitas und Schulen“, sagte Kaiser.",
        [("Wir investieren weiter in Kitas und Schulen", "Kaiser")],
    ),
    # quotes in a row: the next one continues the last speaker
    (
        "„Das Feld ist dichter geworden“, sagt Verbandspräsident Jörg Haller. „In den Gemeinden ist viel Aufbruch zu spüren.“",
        [
            ("Das Feld ist dichter geworden", "Jörg Haller"),
            ("In den Gemeinden ist viel Aufbruch zu spüren.", "Jörg Haller"),
        ],
    ),
    # two speakers one after the other
    (
        "Kämmerer Jens Albrecht sieht das anders: „Wir müssen sparen.“ Dem widersprach Bürgermeisterin Ute Lang: „Wir müssen investieren.“",
        [("Wir müssen sparen.", "Jens Albrecht"), ("Wir müssen investieren.", "Ute Lang")],
    ),
    # a short fragment given to a speaker is a quote
    ("Bürgermeister Hans Weber nannte das Ergebnis „respektabel“.", [("respektabel", "Hans Weber")]),
    ("Bürgermeister Max Weber sprach von einem „Meilenstein“ für die Stadt.", [("Meilenstein", "Max Weber")]),
    (
        "Minister Paul Hahn kam zur Feier. Der Minister lobte das „beeindruckende Engagement“ der Helfer.",
        [("beeindruckende Engagement", "Paul Hahn")],
    ),
    ("Landrätin Eva Stein bezeichnete die Entscheidung als „Glücksfall“.", [("Glücksfall", "Eva Stein")]),
    # quoted writing without a person: speaker null
    (
        "In dem Bericht heißt es: „Die Zahl der Verkehrsunfälle ist im vergangenen Jahr deutlich gestiegen.“",
        [("Die Zahl der Verkehrsunfälle ist im vergangenen Jahr deutlich gestiegen.", None)],
    ),
    (
        "Laut Polizei wurde „eine deutliche Zunahme der Einsätze an Wochenenden festgestellt“.",
        [("eine deutliche Zunahme der Einsätze an Wochenenden festgestellt", None)],
    ),
    (
        "„Die Arbeiten liegen im Zeitplan“, sagte ein Sprecher der Stadt.",
        [("Die Arbeiten liegen im Zeitplan", None)],
    ),
    (
        "Pressesprecher Max Roth stellte den Plan vor. „Die Arbeiten liegen im Zeitplan“, sagte ein Sprecher der Stadt.",
        [("Die Arbeiten liegen im Zeitplan", None)],
    ),
    # "laut" with a person
    (
        "Laut Bürgermeister Max Weber ist das „ein großer Schritt für die ganze Region“.",
        [("ein großer Schritt für die ganze Region", "Max Weber")],
    ),
    # attribution on the next line
    (
        "„Es bleibt einiges zu tun, damit unser Ort noch lebenswerter wird“,\nsagte Jan Kröger, Bürgermeister von Adorf.",
        [("Es bleibt einiges zu tun, damit unser Ort noch lebenswerter wird", "Jan Kröger")],
    ),
    # a possessive introduction, the speaker in brackets, a missing comma
    (
        "Landrat Jens Müller zog Bilanz. Sein Fazit: „Wir sind auf einem guten Weg.“",
        [("Wir sind auf einem guten Weg.", "Jens Müller")],
    ),
    (
        "„Das ist ein tolles Ergebnis für unsere Stadt“ (Frank Lenz, Oberbürgermeister)",
        [("Das ist ein tolles Ergebnis für unsere Stadt", "Frank Lenz")],
    ),
    ("„Wir sind zufrieden“ sagte Oberbürgermeister Frank Lenz.", [("Wir sind zufrieden", "Frank Lenz")]),
    # a paragraph of speech right after a sentence about its speaker
    (
        "Oberbürgermeister Frank Lenz freut sich über die Auszeichnung.\n„Das ist ein tolles Ergebnis für unsere Stadt und alle, die hier arbeiten.“",
        [("Das ist ein tolles Ergebnis für unsere Stadt und alle, die hier arbeiten.", "Frank Lenz")],
    ),
    # a dash and a name; "mit diesen Worten"
    (
        "„Wir sind stolz auf unsere Stadt“ – Bürgermeister Jan Roth zum Ergebnis",
        [("Wir sind stolz auf unsere Stadt", "Jan Roth")],
    ),
    (
        "„Herzlich willkommen in unserer Stadt“ – mit diesen Worten begrüßte Bürgermeister Jan Roth die Gäste.",
        [("Herzlich willkommen in unserer Stadt", "Jan Roth")],
    ),
    (
        "„Herzlich willkommen in unserer Stadt.“ Mit diesen Worten begrüßte Bürgermeister Jan Roth die Gäste.",
        [("Herzlich willkommen in unserer Stadt.", "Jan Roth")],
    ),
    # a sentence of speech as a paragraph of its own is no headline
    (
        "Kultusminister Paul Lenz besuchte die Schule.\n„Bildung ist der Schlüssel zur Zukunft.“\nDie Schüler zeigten ihre Projekte.",
        [("Bildung ist der Schlüssel zur Zukunft.", "Paul Lenz")],
    ),
    # a fragment said by the subject, whose sentence goes on after the quote
    (
        "Landrätin Eva Krämer sprach von einem „wichtigen Signal“, forderte aber mehr Personal.",
        [("wichtigen Signal", "Eva Krämer")],
    ),
    (
        "Die Zeitung schrieb von einem „historischen Tag“, sagte Sprecher Tim Wolf.",
        [("historischen Tag", "Tim Wolf")],
    ),
    # a paper's name after a definite article is no speech, a fragment after an indefinite one is
    ("Leerstand bleibt ein Thema, wie zuletzt auch die „Märkische Rundschau“ berichtete.", []),
    ("Bürgermeister Jan Roth sprach von einem „überfälligen Schritt“.", [("überfälligen Schritt", "Jan Roth")]),
    # a quoted name followed by a relative clause is no speech
    ("„Kreuzung frei“, wie Bürgermeister Jan Roth das Projekt nennt, wird ausgebaut.", []),
    # the same person spelled differently in a headline and in the body
    (
        "Ministerin Ana Berger lobt Schulen: „Bildung ist Zukunft!“\n\nMinisterin Anna Berger besuchte am Montag die Schule.",
        [("Bildung ist Zukunft!", "Anna Berger")],
    ),
]


@pytest.mark.parametrize("text, expected", ATTRIBUTION_CASES)
def test_attribution(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text) == expected


def test_every_quote_records_its_cue_and_span() -> None:
    text = "Landrätin Maria Vogt betonte: „Der Kreis wächst.“ „Wir bleiben dran“, sagte Vogt."
    quotes, _ = find_quotes(text)
    assert [q.found_by for q in quotes] == ["pressextract_quotes:colon", "pressextract_quotes:verb:sagte"]
    for q in quotes:
        assert text[q.start : q.end] == q.text


def test_pipeline_without_model_sets_quotes_and_speakers() -> None:
    import pressextract

    nlp = pressextract.build_pipeline(use_shipped=False)
    assert "pressextract_quotes" in nlp.pipe_names
    record = pressextract.Extractor(nlp).extract(
        "„Die Stadt ist gut aufgestellt“, sagte Bürgermeister Jan Kröger von Adorf."
    )
    assert [(q.text, q.speaker) for q in record.quotes] == [("Die Stadt ist gut aufgestellt", "Jan Kröger")]
    assert [(s.name, s.role, s.organization) for s in record.speakers] == [
        ("Jan Kröger", "Bürgermeister", "Adorf")
    ]


def test_a_lone_model_name_without_cue_is_no_speaker() -> None:
    # the model reads a place as a person; with no cue and nothing else to show it is a person,
    # the quote keeps no speaker
    text = "Der Landkreis Adorf-Talheim hilft.\n„Wie können wir euch gerade jetzt helfen, überlegen wir oft.“"
    start = text.index("Adorf-Talheim")
    quotes, speakers = find_quotes(text, person_spans=[(start, start + len("Adorf-Talheim"))])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Wie können wir euch gerade jetzt helfen, überlegen wir oft.", None)
    ]
    assert speakers == []
