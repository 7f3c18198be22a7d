"""Fixed demo content: real parliaments and the people who work in them."""

from __future__ import annotations

from typing import Final, TypedDict


class DemoOrganisation(TypedDict):
    """One demo member organisation: a real parliament, chamber or assembly."""

    name: str
    kind: str
    country: str
    region: str
    website: str
    joined_on: str
    description: dict[str, str]


ORGANISATIONS: Final[tuple[DemoOrganisation, ...]] = (
    {
        "name": "European Parliament",
        "kind": "parliamentary_assembly",
        "country": "BE",
        "region": "europe",
        "website": "https://www.europarl.europa.eu",
        "joined_on": "2018-12-03",
        "description": {
            "en": (
                "The directly elected parliament of the European Union, with 720 members chosen "
                "every five years since 1979. Its plenary sessions are held in Strasbourg and "
                "Brussels."
            ),
            "fr": (
                "Le parlement de l'Union européenne élu au suffrage direct, qui compte 720 membres "
                "choisis tous les cinq ans depuis 1979. Ses sessions plénières se tiennent à "
                "Strasbourg et à Bruxelles."
            ),
            "es": (
                "El parlamento de la Unión Europea elegido por sufragio directo, con 720 miembros "
                "elegidos cada cinco años desde 1979. Sus sesiones plenarias se celebran en "
                "Estrasburgo y Bruselas."
            ),
            "pt": (
                "O parlamento da União Europeia eleito por sufrágio direto, com 720 membros "
                "escolhidos de cinco em cinco anos desde 1979. As suas sessões plenárias "
                "realizam-se em Estrasburgo e Bruxelas."
            ),
        },
    },
    {
        "name": "Parliament of the Republic of Moldova",
        "kind": "unicameral",
        "country": "MD",
        "region": "europe",
        "website": "https://www.parlament.md",
        "joined_on": "2019-03-18",
        "description": {
            "en": (
                "The unicameral legislature of the Republic of Moldova, composed of 101 members "
                "elected for four-year terms."
            ),
            "fr": (
                "Le parlement monocaméral de la République de Moldavie, composé de 101 députés "
                "élus pour un mandat de quatre ans."
            ),
            "es": (
                "El parlamento unicameral de la República de Moldavia, integrado por 101 diputados "
                "elegidos por un período de cuatro años."
            ),
            "pt": (
                "O parlamento unicameral da República da Moldávia, composto por 101 deputados "
                "eleitos para mandatos de quatro anos."
            ),
        },
    },
    {
        "name": "Riigikogu",
        "kind": "unicameral",
        "country": "EE",
        "region": "europe",
        "website": "https://www.riigikogu.ee",
        "joined_on": "2018-12-10",
        "description": {
            "en": (
                "Estonia's unicameral parliament, with 101 members elected for four-year terms. It "
                "first convened in 1920."
            ),
            "fr": (
                "Le parlement monocaméral de l'Estonie, qui compte 101 membres élus pour quatre "
                "ans. Il s'est réuni pour la première fois en 1920."
            ),
            "es": (
                "El parlamento unicameral de Estonia, con 101 miembros elegidos por cuatro años. "
                "Se reunió por primera vez en 1920."
            ),
            "pt": (
                "O parlamento unicameral da Estónia, com 101 membros eleitos para mandatos de "
                "quatro anos. Reuniu-se pela primeira vez em 1920."
            ),
        },
    },
    {
        "name": "Assembly of the Republic of Portugal",
        "kind": "unicameral",
        "country": "PT",
        "region": "europe",
        "website": "https://www.parlamento.pt",
        "joined_on": "2019-06-04",
        "description": {
            "en": (
                "Portugal's unicameral parliament, with 230 deputies elected for four-year terms. "
                "It sits in the São Bento Palace in Lisbon."
            ),
            "fr": (
                "Le parlement monocaméral du Portugal, qui compte 230 députés élus pour quatre "
                "ans. Il siège au palais de São Bento, à Lisbonne."
            ),
            "es": (
                "El parlamento unicameral de Portugal, con 230 diputados elegidos por cuatro años. "
                "Tiene su sede en el Palacio de São Bento, en Lisboa."
            ),
            "pt": (
                "O parlamento unicameral de Portugal, com 230 deputados eleitos para mandatos de "
                "quatro anos. Funciona no Palácio de São Bento, em Lisboa."
            ),
        },
    },
    {
        "name": "Parliament of Georgia",
        "kind": "unicameral",
        "country": "GE",
        "region": "europe",
        "website": "https://parliament.ge",
        "joined_on": "2020-02-11",
        "description": {
            "en": "The unicameral legislature of Georgia, with 150 members, which sits in Tbilisi.",
            "fr": (
                "Le parlement monocaméral de la Géorgie, qui compte 150 membres et siège à "
                "Tbilissi."
            ),
            "es": (
                "El parlamento unicameral de Georgia, con 150 miembros, que tiene su sede en "
                "Tiflis."
            ),
            "pt": "O parlamento unicameral da Geórgia, com 150 membros, que tem sede em Tbilíssi.",
        },
    },
    {
        "name": "Saeima of the Republic of Latvia",
        "kind": "unicameral",
        "country": "LV",
        "region": "europe",
        "website": "https://www.saeima.lv",
        "joined_on": "2021-05-19",
        "description": {
            "en": "Latvia's unicameral parliament, with 100 members elected for four-year terms.",
            "fr": (
                "Le parlement monocaméral de la Lettonie, qui compte 100 membres élus pour quatre "
                "ans."
            ),
            "es": "El parlamento unicameral de Letonia, con 100 miembros elegidos por cuatro años.",
            "pt": (
                "O parlamento unicameral da Letónia, com 100 membros eleitos para mandatos de "
                "quatro anos."
            ),
        },
    },
    {
        "name": "Parliament of Finland",
        "kind": "unicameral",
        "country": "FI",
        "region": "europe",
        "website": "https://www.eduskunta.fi",
        "joined_on": "2023-09-26",
        "description": {
            "en": (
                "Finland's unicameral parliament, with 200 members elected for four-year terms. It "
                "was created in 1906, when the country adopted universal and equal suffrage."
            ),
            "fr": (
                "Le parlement monocaméral de la Finlande, qui compte 200 membres élus pour quatre "
                "ans. Il a été créé en 1906, lorsque le pays a adopté le suffrage universel et "
                "égal."
            ),
            "es": (
                "El parlamento unicameral de Finlandia, con 200 miembros elegidos por cuatro años. "
                "Se creó en 1906, cuando el país adoptó el sufragio universal e igualitario."
            ),
            "pt": (
                "O parlamento unicameral da Finlândia, com 200 membros eleitos para mandatos de "
                "quatro anos. Foi criado em 1906, quando o país adotou o sufrágio universal e "
                "igual."
            ),
        },
    },
    {
        "name": "National Assembly of Angola",
        "kind": "unicameral",
        "country": "AO",
        "region": "africa",
        "website": "https://www.parlamento.ao",
        "joined_on": "2018-12-14",
        "description": {
            "en": (
                "Angola's unicameral parliament, with 220 deputies elected for five-year terms. It "
                "sits in Luanda."
            ),
            "fr": (
                "Le parlement monocaméral de l'Angola, qui compte 220 députés élus pour cinq ans. "
                "Il siège à Luanda."
            ),
            "es": (
                "El parlamento unicameral de Angola, con 220 diputados elegidos por cinco años. "
                "Tiene su sede en Luanda."
            ),
            "pt": (
                "O parlamento unicameral de Angola, com 220 deputados eleitos para mandatos de "
                "cinco anos. Tem sede em Luanda."
            ),
        },
    },
    {
        "name": "Assembly of the Republic of Mozambique",
        "kind": "unicameral",
        "country": "MZ",
        "region": "africa",
        "website": "https://www.parlamento.mz",
        "joined_on": "2019-09-23",
        "description": {
            "en": (
                "Mozambique's unicameral parliament, with 250 deputies elected for five-year terms."
            ),
            "fr": (
                "Le parlement monocaméral du Mozambique, qui compte 250 députés élus pour cinq ans."
            ),
            "es": (
                "El parlamento unicameral de Mozambique, con 250 diputados elegidos por cinco años."
            ),
            "pt": (
                "O parlamento unicameral de Moçambique, com 250 deputados eleitos para mandatos de "
                "cinco anos."
            ),
        },
    },
    {
        "name": "National Assembly of Senegal",
        "kind": "unicameral",
        "country": "SN",
        "region": "africa",
        "website": "https://www.assemblee-nationale.sn",
        "joined_on": "2019-11-07",
        "description": {
            "en": (
                "Senegal's unicameral parliament, with 165 deputies elected for five-year terms. "
                "It sits in Dakar."
            ),
            "fr": (
                "Le parlement monocaméral du Sénégal, qui compte 165 députés élus pour cinq ans. "
                "Il siège à Dakar."
            ),
            "es": (
                "El parlamento unicameral de Senegal, con 165 diputados elegidos por cinco años. "
                "Tiene su sede en Dakar."
            ),
            "pt": (
                "O parlamento unicameral do Senegal, com 165 deputados eleitos para mandatos de "
                "cinco anos. Tem sede em Dacar."
            ),
        },
    },
    {
        "name": "National Assembly of Côte d'Ivoire",
        "kind": "lower_chamber",
        "country": "CI",
        "region": "africa",
        "website": "https://www.assnat.ci",
        "joined_on": "2020-06-15",
        "description": {
            "en": (
                "The lower chamber of the Ivorian parliament, with 255 deputies. It works "
                "alongside the Senate established under the 2016 constitution."
            ),
            "fr": (
                "La chambre basse du parlement ivoirien, qui compte 255 députés. Elle travaille "
                "aux côtés du Sénat institué par la Constitution de 2016."
            ),
            "es": (
                "La cámara baja del parlamento marfileño, con 255 diputados. Trabaja junto al "
                "Senado creado por la Constitución de 2016."
            ),
            "pt": (
                "A câmara baixa do parlamento marfinense, com 255 deputados. Funciona ao lado do "
                "Senado instituído pela Constituição de 2016."
            ),
        },
    },
    {
        "name": "National Assembly of Kenya",
        "kind": "lower_chamber",
        "country": "KE",
        "region": "africa",
        "website": "https://www.parliament.go.ke",
        "joined_on": "2019-04-25",
        "description": {
            "en": (
                "The lower house of Kenya's parliament, with 349 members, 290 of whom are elected "
                "in single-member constituencies."
            ),
            "fr": (
                "La chambre basse du parlement kényan, qui compte 349 membres, dont 290 élus dans "
                "des circonscriptions uninominales."
            ),
            "es": (
                "La cámara baja del parlamento de Kenia, con 349 miembros, de los cuales 290 son "
                "elegidos en circunscripciones uninominales."
            ),
            "pt": (
                "A câmara baixa do parlamento do Quénia, com 349 membros, dos quais 290 são "
                "eleitos em círculos uninominais."
            ),
        },
    },
    {
        "name": "Senate of Kenya",
        "kind": "upper_chamber",
        "country": "KE",
        "region": "africa",
        "website": "https://www.parliament.go.ke",
        "joined_on": "2021-02-08",
        "description": {
            "en": (
                "The upper house of Kenya's parliament, re-established by the 2010 constitution to "
                "represent the interests of the country's 47 counties."
            ),
            "fr": (
                "La chambre haute du parlement kényan, rétablie par la Constitution de 2010 pour "
                "représenter les intérêts des 47 comtés du pays."
            ),
            "es": (
                "La cámara alta del parlamento de Kenia, restablecida por la Constitución de 2010 "
                "para representar los intereses de los 47 condados del país."
            ),
            "pt": (
                "A câmara alta do parlamento do Quénia, restabelecida pela Constituição de 2010 "
                "para representar os interesses dos 47 condados do país."
            ),
        },
    },
    {
        "name": "National Assembly of South Africa",
        "kind": "lower_chamber",
        "country": "ZA",
        "region": "africa",
        "website": "https://www.parliament.gov.za",
        "joined_on": "2019-07-30",
        "description": {
            "en": (
                "The lower house of South Africa's parliament, with 400 members elected by "
                "proportional representation. It sits in Cape Town."
            ),
            "fr": (
                "La chambre basse du parlement sud-africain, qui compte 400 membres élus à la "
                "représentation proportionnelle. Elle siège au Cap."
            ),
            "es": (
                "La cámara baja del parlamento de Sudáfrica, con 400 miembros elegidos por "
                "representación proporcional. Tiene su sede en Ciudad del Cabo."
            ),
            "pt": (
                "A câmara baixa do parlamento da África do Sul, com 400 membros eleitos por "
                "representação proporcional. Tem sede na Cidade do Cabo."
            ),
        },
    },
    {
        "name": "National Assembly of Zambia",
        "kind": "unicameral",
        "country": "ZM",
        "region": "africa",
        "website": "https://www.parliament.gov.zm",
        "joined_on": "2020-10-05",
        "description": {
            "en": (
                "Zambia's unicameral parliament, most of whose members are elected in "
                "single-member constituencies for five-year terms. It sits in Lusaka."
            ),
            "fr": (
                "Le parlement monocaméral de la Zambie, dont la plupart des membres sont élus pour "
                "cinq ans dans des circonscriptions uninominales. Il siège à Lusaka."
            ),
            "es": (
                "El parlamento unicameral de Zambia, cuyos miembros son en su mayoría elegidos por "
                "cinco años en circunscripciones uninominales. Tiene su sede en Lusaka."
            ),
            "pt": (
                "O parlamento unicameral da Zâmbia, cujos membros são na sua maioria eleitos por "
                "cinco anos em círculos uninominais. Tem sede em Lusaca."
            ),
        },
    },
    {
        "name": "National Assembly of Namibia",
        "kind": "lower_chamber",
        "country": "NA",
        "region": "africa",
        "website": "https://www.parliament.na",
        "joined_on": "2022-03-14",
        "description": {
            "en": (
                "The lower house of Namibia's parliament, with 96 members elected by proportional "
                "representation and up to eight appointed by the President."
            ),
            "fr": (
                "La chambre basse du parlement namibien, qui compte 96 membres élus à la "
                "représentation proportionnelle et jusqu'à huit membres nommés par le président."
            ),
            "es": (
                "La cámara baja del parlamento de Namibia, con 96 miembros elegidos por "
                "representación proporcional y hasta ocho designados por el presidente."
            ),
            "pt": (
                "A câmara baixa do parlamento da Namíbia, com 96 membros eleitos por representação "
                "proporcional e até oito nomeados pelo Presidente."
            ),
        },
    },
    {
        "name": "National Assembly of Tanzania",
        "kind": "unicameral",
        "country": "TZ",
        "region": "africa",
        "website": "https://www.parliament.go.tz",
        "joined_on": "2021-08-23",
        "description": {
            "en": (
                "Tanzania's unicameral parliament, known in Swahili as the Bunge. It sits in "
                "Dodoma."
            ),
            "fr": (
                "Le parlement monocaméral de la Tanzanie, appelé Bunge en swahili. Il siège à "
                "Dodoma."
            ),
            "es": (
                "El parlamento unicameral de Tanzania, conocido en suajili como Bunge. Tiene su "
                "sede en Dodoma."
            ),
            "pt": (
                "O parlamento unicameral da Tanzânia, conhecido em suaíli como Bunge. Tem sede em "
                "Dodoma."
            ),
        },
    },
    {
        "name": "Parliament of Uganda",
        "kind": "unicameral",
        "country": "UG",
        "region": "africa",
        "website": "https://www.parliament.go.ug",
        "joined_on": "2022-11-02",
        "description": {
            "en": (
                "Uganda's unicameral parliament, which sits in Kampala and includes members "
                "representing special interest groups such as women, youth and workers."
            ),
            "fr": (
                "Le parlement monocaméral de l'Ouganda, qui siège à Kampala et comprend des "
                "membres représentant des groupes particuliers tels que les femmes, les jeunes et "
                "les travailleurs."
            ),
            "es": (
                "El parlamento unicameral de Uganda, con sede en Kampala, que incluye miembros en "
                "representación de grupos específicos como las mujeres, los jóvenes y los "
                "trabajadores."
            ),
            "pt": (
                "O parlamento unicameral do Uganda, com sede em Kampala, que inclui membros em "
                "representação de grupos específicos como as mulheres, os jovens e os "
                "trabalhadores."
            ),
        },
    },
    {
        "name": "National Assembly of Mauritius",
        "kind": "unicameral",
        "country": "MU",
        "region": "africa",
        "website": "https://mauritiusassembly.govmu.org",
        "joined_on": "2020-01-20",
        "description": {
            "en": (
                "The unicameral parliament of Mauritius, with 62 members elected in multi-member "
                "constituencies and additional seats allocated under the best loser system."
            ),
            "fr": (
                "Le parlement monocaméral de Maurice, qui compte 62 membres élus dans des "
                "circonscriptions plurinominales et des sièges supplémentaires attribués selon le "
                "système du meilleur perdant."
            ),
            "es": (
                "El parlamento unicameral de Mauricio, con 62 miembros elegidos en "
                "circunscripciones plurinominales y escaños adicionales asignados mediante el "
                "sistema del mejor perdedor."
            ),
            "pt": (
                "O parlamento unicameral da Maurícia, com 62 membros eleitos em círculos "
                "plurinominais e lugares adicionais atribuídos pelo sistema do melhor perdedor."
            ),
        },
    },
    {
        "name": "National Assembly of Seychelles",
        "kind": "unicameral",
        "country": "SC",
        "region": "africa",
        "website": "https://www.nationalassembly.sc",
        "joined_on": "2023-04-17",
        "description": {
            "en": (
                "The unicameral parliament of Seychelles, combining members elected in "
                "constituencies with seats allocated by proportional representation."
            ),
            "fr": (
                "Le parlement monocaméral des Seychelles, qui réunit des membres élus dans des "
                "circonscriptions et des sièges attribués à la représentation proportionnelle."
            ),
            "es": (
                "El parlamento unicameral de Seychelles, que combina miembros elegidos en "
                "circunscripciones con escaños asignados por representación proporcional."
            ),
            "pt": (
                "O parlamento unicameral das Seicheles, que combina membros eleitos em círculos "
                "eleitorais com lugares atribuídos por representação proporcional."
            ),
        },
    },
    {
        "name": "National Assembly of Cabo Verde",
        "kind": "unicameral",
        "country": "CV",
        "region": "africa",
        "website": "https://www.parlamento.cv",
        "joined_on": "2019-10-14",
        "description": {
            "en": (
                "Cabo Verde's unicameral parliament, with 72 deputies, some of whom are elected by "
                "citizens living abroad."
            ),
            "fr": (
                "Le parlement monocaméral de Cabo Verde, qui compte 72 députés, dont certains sont "
                "élus par les citoyens résidant à l'étranger."
            ),
            "es": (
                "El parlamento unicameral de Cabo Verde, con 72 diputados, algunos de los cuales "
                "son elegidos por los ciudadanos residentes en el extranjero."
            ),
            "pt": (
                "O parlamento unicameral de Cabo Verde, com 72 deputados, alguns dos quais são "
                "eleitos pelos cidadãos residentes no estrangeiro."
            ),
        },
    },
    {
        "name": "Southern African Development Community Parliamentary Forum",
        "kind": "other",
        "country": "NA",
        "region": "africa",
        "website": "https://www.sadcpf.org",
        "joined_on": "2024-02-27",
        "description": {
            "en": (
                "An inter-parliamentary body founded in 1997 that brings together the national "
                "parliaments of the Southern African Development Community. Its secretariat is in "
                "Windhoek."
            ),
            "fr": (
                "Un organe interparlementaire fondé en 1997 qui réunit les parlements nationaux de "
                "la Communauté de développement de l'Afrique australe. Son secrétariat est à "
                "Windhoek."
            ),
            "es": (
                "Un órgano interparlamentario fundado en 1997 que reúne a los parlamentos "
                "nacionales de la Comunidad de Desarrollo de África Austral. Su secretaría está en "
                "Windhoek."
            ),
            "pt": (
                "Um órgão interparlamentar fundado em 1997 que reúne os parlamentos nacionais da "
                "Comunidade de Desenvolvimento da África Austral. O seu secretariado fica em "
                "Windhoek."
            ),
        },
    },
    {
        "name": "Chamber of Deputies of Brazil",
        "kind": "lower_chamber",
        "country": "BR",
        "region": "americas",
        "website": "https://www.camara.leg.br",
        "joined_on": "2018-12-20",
        "description": {
            "en": (
                "The lower house of Brazil's National Congress, with 513 deputies elected for "
                "four-year terms. It sits in Brasília."
            ),
            "fr": (
                "La chambre basse du Congrès national du Brésil, qui compte 513 députés élus pour "
                "quatre ans. Elle siège à Brasília."
            ),
            "es": (
                "La cámara baja del Congreso Nacional de Brasil, con 513 diputados elegidos por "
                "cuatro años. Tiene su sede en Brasilia."
            ),
            "pt": (
                "A câmara baixa do Congresso Nacional do Brasil, com 513 deputados eleitos para "
                "mandatos de quatro anos. Tem sede em Brasília."
            ),
        },
    },
    {
        "name": "Federal Senate of Brazil",
        "kind": "upper_chamber",
        "country": "BR",
        "region": "americas",
        "website": "https://www.senado.leg.br",
        "joined_on": "2021-03-29",
        "description": {
            "en": (
                "The upper house of Brazil's National Congress, with 81 senators, three for each "
                "state and the Federal District, who serve eight-year terms."
            ),
            "fr": (
                "La chambre haute du Congrès national du Brésil, qui compte 81 sénateurs, trois "
                "par État et pour le District fédéral, élus pour huit ans."
            ),
            "es": (
                "La cámara alta del Congreso Nacional de Brasil, con 81 senadores, tres por cada "
                "estado y por el Distrito Federal, que ejercen mandatos de ocho años."
            ),
            "pt": (
                "A câmara alta do Congresso Nacional do Brasil, com 81 senadores, três por cada "
                "estado e pelo Distrito Federal, que cumprem mandatos de oito anos."
            ),
        },
    },
    {
        "name": "House of Commons of Canada",
        "kind": "lower_chamber",
        "country": "CA",
        "region": "americas",
        "website": "https://www.ourcommons.ca",
        "joined_on": "2022-06-06",
        "description": {
            "en": (
                "The elected lower house of the Parliament of Canada, with 343 members "
                "representing single-member electoral districts. It sits in Ottawa."
            ),
            "fr": (
                "La chambre basse élue du Parlement du Canada, qui compte 343 députés représentant "
                "des circonscriptions uninominales. Elle siège à Ottawa."
            ),
            "es": (
                "La cámara baja electa del Parlamento de Canadá, con 343 miembros que representan "
                "circunscripciones uninominales. Tiene su sede en Ottawa."
            ),
            "pt": (
                "A câmara baixa eleita do Parlamento do Canadá, com 343 membros que representam "
                "círculos uninominais. Tem sede em Otava."
            ),
        },
    },
    {
        "name": "Chamber of Deputies of Mexico",
        "kind": "lower_chamber",
        "country": "MX",
        "region": "americas",
        "website": "https://www.diputados.gob.mx",
        "joined_on": "2019-05-13",
        "description": {
            "en": (
                "The lower house of Mexico's Congress of the Union, with 500 deputies elected for "
                "three-year terms."
            ),
            "fr": (
                "La chambre basse du Congrès de l'Union du Mexique, qui compte 500 députés élus "
                "pour trois ans."
            ),
            "es": (
                "La cámara baja del Congreso de la Unión de México, con 500 diputados elegidos por "
                "tres años."
            ),
            "pt": (
                "A câmara baixa do Congresso da União do México, com 500 deputados eleitos para "
                "mandatos de três anos."
            ),
        },
    },
    {
        "name": "Chamber of Deputies of Chile",
        "kind": "lower_chamber",
        "country": "CL",
        "region": "americas",
        "website": "https://www.camara.cl",
        "joined_on": "2020-08-24",
        "description": {
            "en": (
                "The lower house of Chile's National Congress, with 155 deputies elected for "
                "four-year terms. It sits in Valparaíso."
            ),
            "fr": (
                "La chambre basse du Congrès national du Chili, qui compte 155 députés élus pour "
                "quatre ans. Elle siège à Valparaíso."
            ),
            "es": (
                "La cámara baja del Congreso Nacional de Chile, con 155 diputados elegidos por "
                "cuatro años. Tiene su sede en Valparaíso."
            ),
            "pt": (
                "A câmara baixa do Congresso Nacional do Chile, com 155 deputados eleitos para "
                "mandatos de quatro anos. Tem sede em Valparaíso."
            ),
        },
    },
    {
        "name": "Legislative Assembly of Costa Rica",
        "kind": "unicameral",
        "country": "CR",
        "region": "americas",
        "website": "https://www.asamblea.go.cr",
        "joined_on": "2023-07-10",
        "description": {
            "en": (
                "Costa Rica's unicameral parliament, with 57 deputies elected for four-year terms. "
                "It sits in San José."
            ),
            "fr": (
                "Le parlement monocaméral du Costa Rica, qui compte 57 députés élus pour quatre "
                "ans. Il siège à San José."
            ),
            "es": (
                "El parlamento unicameral de Costa Rica, con 57 diputados elegidos por cuatro "
                "años. Tiene su sede en San José."
            ),
            "pt": (
                "O parlamento unicameral da Costa Rica, com 57 deputados eleitos para mandatos de "
                "quatro anos. Tem sede em São José."
            ),
        },
    },
    {
        "name": "Chamber of Representatives of Uruguay",
        "kind": "lower_chamber",
        "country": "UY",
        "region": "americas",
        "website": "https://parlamento.gub.uy",
        "joined_on": "2021-10-18",
        "description": {
            "en": (
                "The lower house of Uruguay's General Assembly, with 99 representatives elected "
                "for five-year terms."
            ),
            "fr": (
                "La chambre basse de l'Assemblée générale de l'Uruguay, qui compte 99 "
                "représentants élus pour cinq ans."
            ),
            "es": (
                "La cámara baja de la Asamblea General de Uruguay, con 99 representantes elegidos "
                "por cinco años."
            ),
            "pt": (
                "A câmara baixa da Assembleia Geral do Uruguai, com 99 representantes eleitos para "
                "mandatos de cinco anos."
            ),
        },
    },
    {
        "name": "House of Assembly of Barbados",
        "kind": "lower_chamber",
        "country": "BB",
        "region": "americas",
        "website": "https://www.barbadosparliament.com",
        "joined_on": "2020-11-30",
        "description": {
            "en": (
                "The elected lower house of the Parliament of Barbados, with 30 members. "
                "Established in 1639, it is one of the oldest legislative bodies in the Americas."
            ),
            "fr": (
                "La chambre basse élue du Parlement de la Barbade, qui compte 30 membres. Fondée "
                "en 1639, elle est l'une des plus anciennes assemblées législatives des Amériques."
            ),
            "es": (
                "La cámara baja electa del Parlamento de Barbados, con 30 miembros. Fundada en "
                "1639, es una de las asambleas legislativas más antiguas de las Américas."
            ),
            "pt": (
                "A câmara baixa eleita do Parlamento de Barbados, com 30 membros. Fundada em 1639, "
                "é uma das assembleias legislativas mais antigas das Américas."
            ),
        },
    },
    {
        "name": "House of Representatives of Trinidad and Tobago",
        "kind": "lower_chamber",
        "country": "TT",
        "region": "americas",
        "website": "https://www.ttparliament.org",
        "joined_on": "2022-09-12",
        "description": {
            "en": (
                "The elected lower house of the Parliament of Trinidad and Tobago, with 41 members "
                "chosen in single-member constituencies."
            ),
            "fr": (
                "La chambre basse élue du Parlement de Trinité-et-Tobago, qui compte 41 membres "
                "élus dans des circonscriptions uninominales."
            ),
            "es": (
                "La cámara baja electa del Parlamento de Trinidad y Tobago, con 41 miembros "
                "elegidos en circunscripciones uninominales."
            ),
            "pt": (
                "A câmara baixa eleita do Parlamento de Trindade e Tobago, com 41 membros eleitos "
                "em círculos uninominais."
            ),
        },
    },
    {
        "name": "House of Representatives of Jamaica",
        "kind": "lower_chamber",
        "country": "JM",
        "region": "americas",
        "website": "https://japarliament.gov.jm",
        "joined_on": "2024-05-21",
        "description": {
            "en": (
                "The elected lower house of the Parliament of Jamaica, with 63 members "
                "representing single-member constituencies. It sits in Kingston."
            ),
            "fr": (
                "La chambre basse élue du Parlement de la Jamaïque, qui compte 63 membres "
                "représentant des circonscriptions uninominales. Elle siège à Kingston."
            ),
            "es": (
                "La cámara baja electa del Parlamento de Jamaica, con 63 miembros que representan "
                "circunscripciones uninominales. Tiene su sede en Kingston."
            ),
            "pt": (
                "A câmara baixa eleita do Parlamento da Jamaica, com 63 membros que representam "
                "círculos uninominais. Tem sede em Kingston."
            ),
        },
    },
    {
        "name": "National Assembly of Bhutan",
        "kind": "lower_chamber",
        "country": "BT",
        "region": "asia",
        "website": "https://www.nab.gov.bt",
        "joined_on": "2019-02-21",
        "description": {
            "en": (
                "The elected lower house of Bhutan's parliament, with 47 members. It took its "
                "present form in 2008, when Bhutan became a constitutional monarchy."
            ),
            "fr": (
                "La chambre basse élue du parlement du Bhoutan, qui compte 47 membres. Elle a pris "
                "sa forme actuelle en 2008, lorsque le Bhoutan est devenu une monarchie "
                "constitutionnelle."
            ),
            "es": (
                "La cámara baja electa del parlamento de Bután, con 47 miembros. Adoptó su forma "
                "actual en 2008, cuando Bután se convirtió en una monarquía constitucional."
            ),
            "pt": (
                "A câmara baixa eleita do parlamento do Butão, com 47 membros. Assumiu a sua forma "
                "atual em 2008, quando o Butão se tornou uma monarquia constitucional."
            ),
        },
    },
    {
        "name": "National Council of Bhutan",
        "kind": "upper_chamber",
        "country": "BT",
        "region": "asia",
        "website": "https://www.nationalcouncil.bt",
        "joined_on": "2019-02-28",
        "description": {
            "en": (
                "The upper house of Bhutan's parliament, with 20 members elected by the districts "
                "and five eminent members appointed by the King."
            ),
            "fr": (
                "La chambre haute du parlement du Bhoutan, qui compte 20 membres élus par les "
                "districts et cinq personnalités éminentes nommées par le roi."
            ),
            "es": (
                "La cámara alta del parlamento de Bután, con 20 miembros elegidos por los "
                "distritos y cinco personalidades eminentes designadas por el rey."
            ),
            "pt": (
                "A câmara alta do parlamento do Butão, com 20 membros eleitos pelos distritos e "
                "cinco personalidades eminentes nomeadas pelo rei."
            ),
        },
    },
    {
        "name": "National Parliament of Timor-Leste",
        "kind": "unicameral",
        "country": "TL",
        "region": "asia",
        "website": "https://www.parlamento.tl",
        "joined_on": "2020-04-06",
        "description": {
            "en": (
                "Timor-Leste's unicameral parliament, with 65 members elected by proportional "
                "representation for five-year terms."
            ),
            "fr": (
                "Le parlement monocaméral du Timor-Leste, qui compte 65 membres élus à la "
                "représentation proportionnelle pour cinq ans."
            ),
            "es": (
                "El parlamento unicameral de Timor Oriental, con 65 miembros elegidos por "
                "representación proporcional por cinco años."
            ),
            "pt": (
                "O parlamento unicameral de Timor-Leste, com 65 membros eleitos por representação "
                "proporcional para mandatos de cinco anos."
            ),
        },
    },
    {
        "name": "People's Majlis of the Maldives",
        "kind": "unicameral",
        "country": "MV",
        "region": "asia",
        "website": "https://majlis.gov.mv",
        "joined_on": "2021-12-06",
        "description": {
            "en": (
                "The unicameral parliament of the Maldives, with 93 members elected for five-year "
                "terms. It sits in Malé."
            ),
            "fr": (
                "Le parlement monocaméral des Maldives, qui compte 93 membres élus pour cinq ans. "
                "Il siège à Malé."
            ),
            "es": (
                "El parlamento unicameral de Maldivas, con 93 miembros elegidos por cinco años. "
                "Tiene su sede en Malé."
            ),
            "pt": (
                "O parlamento unicameral das Maldivas, com 93 membros eleitos para mandatos de "
                "cinco anos. Tem sede em Malé."
            ),
        },
    },
    {
        "name": "Parliament of Sri Lanka",
        "kind": "unicameral",
        "country": "LK",
        "region": "asia",
        "website": "https://www.parliament.lk",
        "joined_on": "2022-04-25",
        "description": {
            "en": (
                "Sri Lanka's unicameral parliament, with 225 members. It sits in Sri "
                "Jayawardenepura Kotte."
            ),
            "fr": (
                "Le parlement monocaméral du Sri Lanka, qui compte 225 membres. Il siège à Sri "
                "Jayawardenepura Kotte."
            ),
            "es": (
                "El parlamento unicameral de Sri Lanka, con 225 miembros. Tiene su sede en Sri "
                "Jayawardenepura Kotte."
            ),
            "pt": (
                "O parlamento unicameral do Sri Lanka, com 225 membros. Tem sede em Sri "
                "Jayawardenepura Kotte."
            ),
        },
    },
    {
        "name": "House of Representatives of the Philippines",
        "kind": "lower_chamber",
        "country": "PH",
        "region": "asia",
        "website": "https://www.congress.gov.ph",
        "joined_on": "2023-02-13",
        "description": {
            "en": (
                "The lower house of the Congress of the Philippines, whose members represent "
                "legislative districts and party-list groups for three-year terms."
            ),
            "fr": (
                "La chambre basse du Congrès des Philippines, dont les membres représentent des "
                "circonscriptions législatives et des listes de partis pour un mandat de trois ans."
            ),
            "es": (
                "La cámara baja del Congreso de Filipinas, cuyos miembros representan distritos "
                "legislativos y listas de partidos por períodos de tres años."
            ),
            "pt": (
                "A câmara baixa do Congresso das Filipinas, cujos membros representam distritos "
                "legislativos e listas partidárias em mandatos de três anos."
            ),
        },
    },
    {
        "name": "House of Representatives of Nepal",
        "kind": "lower_chamber",
        "country": "NP",
        "region": "asia",
        "website": "https://hr.parliament.gov.np",
        "joined_on": "2024-08-19",
        "description": {
            "en": (
                "The lower house of Nepal's Federal Parliament, with 275 members: 165 elected in "
                "single-member constituencies and 110 by proportional representation."
            ),
            "fr": (
                "La chambre basse du Parlement fédéral du Népal, qui compte 275 membres : 165 élus "
                "dans des circonscriptions uninominales et 110 à la représentation proportionnelle."
            ),
            "es": (
                "La cámara baja del Parlamento Federal de Nepal, con 275 miembros: 165 elegidos en "
                "circunscripciones uninominales y 110 por representación proporcional."
            ),
            "pt": (
                "A câmara baixa do Parlamento Federal do Nepal, com 275 membros: 165 eleitos em "
                "círculos uninominais e 110 por representação proporcional."
            ),
        },
    },
    {
        "name": "State Great Khural of Mongolia",
        "kind": "unicameral",
        "country": "MN",
        "region": "asia",
        "website": "https://www.parliament.mn",
        "joined_on": "2025-03-10",
        "description": {
            "en": (
                "Mongolia's unicameral parliament, with 126 members elected for four-year terms. "
                "It sits in Ulaanbaatar."
            ),
            "fr": (
                "Le parlement monocaméral de la Mongolie, qui compte 126 membres élus pour quatre "
                "ans. Il siège à Oulan-Bator."
            ),
            "es": (
                "El parlamento unicameral de Mongolia, con 126 miembros elegidos por cuatro años. "
                "Tiene su sede en Ulán Bator."
            ),
            "pt": (
                "O parlamento unicameral da Mongólia, com 126 membros eleitos para mandatos de "
                "quatro anos. Tem sede em Ulan Bator."
            ),
        },
    },
    {
        "name": "House of Representatives of Morocco",
        "kind": "lower_chamber",
        "country": "MA",
        "region": "middle_east_north_africa",
        "website": "https://www.chambredesrepresentants.ma",
        "joined_on": "2019-12-09",
        "description": {
            "en": (
                "The lower house of Morocco's parliament, with 395 members elected for five-year "
                "terms. It sits in Rabat."
            ),
            "fr": (
                "La chambre basse du parlement marocain, qui compte 395 membres élus pour cinq "
                "ans. Elle siège à Rabat."
            ),
            "es": (
                "La cámara baja del parlamento de Marruecos, con 395 miembros elegidos por cinco "
                "años. Tiene su sede en Rabat."
            ),
            "pt": (
                "A câmara baixa do parlamento de Marrocos, com 395 membros eleitos para mandatos "
                "de cinco anos. Tem sede em Rabat."
            ),
        },
    },
    {
        "name": "House of Councillors of Morocco",
        "kind": "upper_chamber",
        "country": "MA",
        "region": "middle_east_north_africa",
        "website": "https://www.chambredesconseillers.ma",
        "joined_on": "2023-11-20",
        "description": {
            "en": (
                "The upper house of Morocco's parliament, with 120 members chosen by indirect "
                "election to represent local authorities, professional bodies and employees."
            ),
            "fr": (
                "La chambre haute du parlement marocain, qui compte 120 membres élus au suffrage "
                "indirect pour représenter les collectivités territoriales, les organisations "
                "professionnelles et les salariés."
            ),
            "es": (
                "La cámara alta del parlamento de Marruecos, con 120 miembros elegidos por "
                "sufragio indirecto para representar a las entidades territoriales, las "
                "organizaciones profesionales y los asalariados."
            ),
            "pt": (
                "A câmara alta do parlamento de Marrocos, com 120 membros eleitos por sufrágio "
                "indireto para representar as autarquias territoriais, as organizações "
                "profissionais e os assalariados."
            ),
        },
    },
    {
        "name": "Assembly of the Representatives of the People of Tunisia",
        "kind": "lower_chamber",
        "country": "TN",
        "region": "middle_east_north_africa",
        "website": "https://www.arp.tn",
        "joined_on": "2021-06-14",
        "description": {
            "en": (
                "The lower chamber of Tunisia's parliament, whose 161 members are elected in "
                "single-member constituencies. It sits in Le Bardo, near Tunis."
            ),
            "fr": (
                "La chambre basse du parlement tunisien, dont les 161 membres sont élus dans des "
                "circonscriptions uninominales. Elle siège au Bardo, près de Tunis."
            ),
            "es": (
                "La cámara baja del parlamento de Túnez, cuyos 161 miembros son elegidos en "
                "circunscripciones uninominales. Tiene su sede en El Bardo, cerca de Túnez."
            ),
            "pt": (
                "A câmara baixa do parlamento da Tunísia, cujos 161 membros são eleitos em "
                "círculos uninominais. Tem sede no Bardo, perto de Tunes."
            ),
        },
    },
    {
        "name": "House of Representatives of Jordan",
        "kind": "lower_chamber",
        "country": "JO",
        "region": "middle_east_north_africa",
        "website": "https://representatives.jo",
        "joined_on": "2022-08-01",
        "description": {
            "en": (
                "The elected lower house of Jordan's parliament, with 138 members. It works "
                "alongside the appointed Senate."
            ),
            "fr": (
                "La chambre basse élue du parlement jordanien, qui compte 138 membres. Elle "
                "travaille aux côtés du Sénat, dont les membres sont nommés."
            ),
            "es": (
                "La cámara baja electa del parlamento de Jordania, con 138 miembros. Trabaja junto "
                "al Senado, cuyos miembros son designados."
            ),
            "pt": (
                "A câmara baixa eleita do parlamento da Jordânia, com 138 membros. Funciona ao "
                "lado do Senado, cujos membros são nomeados."
            ),
        },
    },
    {
        "name": "House of Representatives of Egypt",
        "kind": "lower_chamber",
        "country": "EG",
        "region": "middle_east_north_africa",
        "website": "https://www.parliament.gov.eg",
        "joined_on": "2024-10-14",
        "description": {
            "en": (
                "The lower house of Egypt's parliament, which sits in Cairo. It works alongside "
                "the Senate, re-established in 2020."
            ),
            "fr": (
                "La chambre basse du parlement égyptien, qui siège au Caire. Elle travaille aux "
                "côtés du Sénat, rétabli en 2020."
            ),
            "es": (
                "La cámara baja del parlamento de Egipto, con sede en El Cairo. Trabaja junto al "
                "Senado, restablecido en 2020."
            ),
            "pt": (
                "A câmara baixa do parlamento do Egito, com sede no Cairo. Funciona ao lado do "
                "Senado, restabelecido em 2020."
            ),
        },
    },
    {
        "name": "Parliament of Lebanon",
        "kind": "unicameral",
        "country": "LB",
        "region": "middle_east_north_africa",
        "website": "https://www.lp.gov.lb",
        "joined_on": "2025-09-15",
        "description": {
            "en": (
                "Lebanon's unicameral parliament, whose 128 seats are divided equally between "
                "Christian and Muslim communities. It sits in Beirut."
            ),
            "fr": (
                "Le parlement monocaméral du Liban, dont les 128 sièges sont répartis à parts "
                "égales entre communautés chrétiennes et musulmanes. Il siège à Beyrouth."
            ),
            "es": (
                "El parlamento unicameral del Líbano, cuyos 128 escaños se reparten a partes "
                "iguales entre comunidades cristianas y musulmanas. Tiene su sede en Beirut."
            ),
            "pt": (
                "O parlamento unicameral do Líbano, cujos 128 lugares são repartidos em partes "
                "iguais entre comunidades cristãs e muçulmanas. Tem sede em Beirute."
            ),
        },
    },
    {
        "name": "Parliament of Fiji",
        "kind": "unicameral",
        "country": "FJ",
        "region": "pacific",
        "website": "https://www.parliament.gov.fj",
        "joined_on": "2019-08-12",
        "description": {
            "en": (
                "Fiji's unicameral parliament, with 55 members elected by proportional "
                "representation in a single nationwide constituency. It sits in Suva."
            ),
            "fr": (
                "Le parlement monocaméral des Fidji, qui compte 55 membres élus à la "
                "représentation proportionnelle dans une circonscription nationale unique. Il "
                "siège à Suva."
            ),
            "es": (
                "El parlamento unicameral de Fiyi, con 55 miembros elegidos por representación "
                "proporcional en una única circunscripción nacional. Tiene su sede en Suva."
            ),
            "pt": (
                "O parlamento unicameral das Fiji, com 55 membros eleitos por representação "
                "proporcional num círculo nacional único. Tem sede em Suva."
            ),
        },
    },
    {
        "name": "Legislative Assembly of Samoa",
        "kind": "unicameral",
        "country": "WS",
        "region": "pacific",
        "website": "https://www.palemene.ws",
        "joined_on": "2020-09-07",
        "description": {
            "en": (
                "Samoa's unicameral parliament, known as the Fono, whose members are elected for "
                "five-year terms. It sits in Apia."
            ),
            "fr": (
                "Le parlement monocaméral des Samoa, appelé Fono, dont les membres sont élus pour "
                "cinq ans. Il siège à Apia."
            ),
            "es": (
                "El parlamento unicameral de Samoa, conocido como Fono, cuyos miembros son "
                "elegidos por cinco años. Tiene su sede en Apia."
            ),
            "pt": (
                "O parlamento unicameral da Samoa, conhecido como Fono, cujos membros são eleitos "
                "para mandatos de cinco anos. Tem sede em Apia."
            ),
        },
    },
    {
        "name": "Parliament of Vanuatu",
        "kind": "unicameral",
        "country": "VU",
        "region": "pacific",
        "website": "https://parliament.gov.vu",
        "joined_on": "2022-05-09",
        "description": {
            "en": (
                "Vanuatu's unicameral parliament, with 52 members elected for four-year terms. It "
                "sits in Port Vila."
            ),
            "fr": (
                "Le parlement monocaméral du Vanuatu, qui compte 52 membres élus pour quatre ans. "
                "Il siège à Port-Vila."
            ),
            "es": (
                "El parlamento unicameral de Vanuatu, con 52 miembros elegidos por cuatro años. "
                "Tiene su sede en Port Vila."
            ),
            "pt": (
                "O parlamento unicameral de Vanuatu, com 52 membros eleitos para mandatos de "
                "quatro anos. Tem sede em Port Vila."
            ),
        },
    },
    {
        "name": "National Parliament of Solomon Islands",
        "kind": "unicameral",
        "country": "SB",
        "region": "pacific",
        "website": "https://www.parliament.gov.sb",
        "joined_on": "2024-03-04",
        "description": {
            "en": (
                "The unicameral parliament of Solomon Islands, with 50 members elected in "
                "single-member constituencies for four-year terms. It sits in Honiara."
            ),
            "fr": (
                "Le parlement monocaméral des Îles Salomon, qui compte 50 membres élus pour quatre "
                "ans dans des circonscriptions uninominales. Il siège à Honiara."
            ),
            "es": (
                "El parlamento unicameral de las Islas Salomón, con 50 miembros elegidos por "
                "cuatro años en circunscripciones uninominales. Tiene su sede en Honiara."
            ),
            "pt": (
                "O parlamento unicameral das Ilhas Salomão, com 50 membros eleitos por quatro anos "
                "em círculos uninominais. Tem sede em Honiara."
            ),
        },
    },
    {
        "name": "National Parliament of Papua New Guinea",
        "kind": "unicameral",
        "country": "PG",
        "region": "pacific",
        "website": "https://www.parliament.gov.pg",
        "joined_on": "2025-06-23",
        "description": {
            "en": (
                "The unicameral parliament of Papua New Guinea, with 118 members elected for "
                "five-year terms by limited preferential voting."
            ),
            "fr": (
                "Le parlement monocaméral de la Papouasie-Nouvelle-Guinée, qui compte 118 membres "
                "élus pour cinq ans au vote préférentiel limité."
            ),
            "es": (
                "El parlamento unicameral de Papúa Nueva Guinea, con 118 miembros elegidos por "
                "cinco años mediante voto preferencial limitado."
            ),
            "pt": (
                "O parlamento unicameral da Papua-Nova Guiné, com 118 membros eleitos para "
                "mandatos de cinco anos por voto preferencial limitado."
            ),
        },
    },
    {
        "name": "House of Representatives of New Zealand",
        "kind": "unicameral",
        "country": "NZ",
        "region": "pacific",
        "website": "https://www.parliament.nz",
        "joined_on": "2026-04-13",
        "description": {
            "en": (
                "New Zealand's unicameral parliament, which has elected its members by "
                "mixed-member proportional representation since 1996. It sits in Wellington."
            ),
            "fr": (
                "Le parlement monocaméral de la Nouvelle-Zélande, dont les membres sont élus au "
                "scrutin proportionnel mixte depuis 1996. Il siège à Wellington."
            ),
            "es": (
                "El parlamento unicameral de Nueva Zelanda, cuyos miembros se eligen por "
                "representación proporcional mixta desde 1996. Tiene su sede en Wellington."
            ),
            "pt": (
                "O parlamento unicameral da Nova Zelândia, cujos membros são eleitos por "
                "representação proporcional mista desde 1996. Tem sede em Wellington."
            ),
        },
    },
)

FIRST_NAMES: Final[tuple[str, ...]] = (
    "Amina",
    "Kwame",
    "Fatou",
    "Tendai",
    "Wanjiru",
    "Thabo",
    "Nadia",
    "Youssef",
    "Leila",
    "Omar",
    "Rania",
    "Karim",
    "Sofía",
    "Mateo",
    "Valentina",
    "Diego",
    "Camila",
    "Joaquín",
    "João",
    "Beatriz",
    "Tiago",
    "Mariana",
    "Inês",
    "Rafael",
    "Élodie",
    "Mathieu",
    "Aurélie",
    "Olivier",
    "Kadri",
    "Mart",
    "Liis",
    "Ion",
    "Elena",
    "Andrei",
    "Ingrid",
    "Mikko",
    "Aino",
    "Tshering",
    "Pema",
    "Sonam",
    "Anjali",
    "Ravi",
    "Priya",
    "Aarav",
    "Mei",
    "Hiroshi",
    "Yuna",
    "Bayarmaa",
    "Rosa",
    "Linh",
    "Siosaia",
    "Losana",
    "Malia",
    "Tevita",
    "Aroha",
    "Ana",
    "Lucas",
    "Grace",
    "Samuel",
    "Chloé",
)

LAST_NAMES: Final[tuple[str, ...]] = (
    "Mensah",
    "Diallo",
    "Ndiaye",
    "Kamau",
    "Otieno",
    "Mokoena",
    "Banda",
    "Moyo",
    "Nkosi",
    "Traoré",
    "Haddad",
    "Benali",
    "El Amrani",
    "Mansour",
    "Khalil",
    "Saleh",
    "García",
    "Rodríguez",
    "Fernández",
    "López",
    "Martínez",
    "Gómez",
    "Silva",
    "Santos",
    "Oliveira",
    "Pereira",
    "Costa",
    "Ferreira",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Girard",
    "Tamm",
    "Saar",
    "Kask",
    "Rusu",
    "Ceban",
    "Popescu",
    "Virtanen",
    "Nieminen",
    "Kowalski",
    "Dorji",
    "Wangchuk",
    "Tshering",
    "Sharma",
    "Perera",
    "Fernando",
    "Reyes",
    "Tanaka",
    "Kim",
    "Batbayar",
    "Tran",
    "Tuilagi",
    "Naidu",
    "Vakaloloma",
    "Fifita",
    "Ngata",
    "Campbell",
    "Baptiste",
    "MacDonald",
)

POSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "en": (
        "Head of IT",
        "IT project manager",
        "Systems administrator",
        "Information security officer",
        "Enterprise architect",
        "Service desk lead",
        "Data and open data officer",
        "Digital archivist",
    ),
    "fr": (
        "Directeur des systèmes d'information",
        "Chef de projet informatique",
        "Administrateur systèmes",
        "Responsable de la sécurité de l'information",
        "Architecte d'entreprise",
        "Responsable du centre de services",
        "Chargé des données et de l'open data",
        "Archiviste numérique",
    ),
    "es": (
        "Director de tecnologías de la información",
        "Jefe de proyectos informáticos",
        "Administrador de sistemas",
        "Responsable de seguridad de la información",
        "Arquitecto empresarial",
        "Responsable del centro de servicios",
        "Responsable de datos y datos abiertos",
        "Archivero digital",
    ),
    "pt": (
        "Diretor de tecnologias da informação",
        "Gestor de projetos informáticos",
        "Administrador de sistemas",
        "Responsável pela segurança da informação",
        "Arquiteto empresarial",
        "Responsável pelo centro de serviços",
        "Responsável por dados e dados abertos",
        "Arquivista digital",
    ),
}
