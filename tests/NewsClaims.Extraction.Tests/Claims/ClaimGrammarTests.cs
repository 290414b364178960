using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Claims;

/// <summary>Figures, units, sources and statement dates read from the grammar around a number.</summary>
public sealed class ClaimGrammarTests
{
    // a Thursday
    private static readonly DateOnly Published = new(2025, 6, 12);

    private static IReadOnlyList<Contract.ExtractedClaim> Claims(string language, string text) =>
        ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims;

    [Theory]
    [InlineData("de", "Laut dem Generalstab wurden bei dem Angriff bis zu einer Million Reservisten einberufen.", 1_000_000)]
    [InlineData("de", "Das Verteidigungsministerium in Kiew nannte eine Million Drohnen als Ziel für das Jahr.", 1_000_000)]
    public void An_article_before_a_scale_word_counts_one_of_it(string language, string text, double value)
    {
        Assert.Contains(Claims(language, text), c => c.Quantity?.Value == (decimal)value);
    }

    [Theory]
    // an ordinal after an article: "der 41."
    [InlineData("de", "Laut Selenskyj kamen 75 Soldaten frei. Es war nach Angaben Kiews schon der 41.")]
    // an age set off by commas after a name
    [InlineData("en", "The commander said 300 soldiers were captured. Kovalchuk, 47, also said the unit had withdrawn.")]
    // "one" is an article where no one it counts was hurt
    [InlineData("en", "The commander said 300 soldiers were captured. One of the largest attacks hit Kyiv, officials said.")]
    [InlineData("de", "Der Kommandeur sagte, 300 Soldaten seien gefangen genommen worden. Ein Soldat berichtete von schweren Kämpfen.")]
    // a small number after a model's name, itself after the count, is the model's mark
    [InlineData("en", "Britain will send 300 soldiers and 14 Challenger 1 tanks, the defence ministry said.")]
    // an ordinal after "im" inside the sentence ("im 11. Jahrhundert")
    [InlineData("de", "Die Brigade hat 4500 Soldaten. Sie trägt den Namen einer Fürstin, die im 11. Jahrhundert Soldaten anführte.")]
    // an item of a decree is its label
    [InlineData("de", "Laut Kreml regelt Punkt 11 des Dekrets, wie viele Soldaten eingezogen werden.")]
    public void Ordinals_and_ages_are_no_counts(string language, string text)
    {
        var claims = Claims(language, text);

        Assert.DoesNotContain(claims, c => c.Quantity?.Value is 41 or 47 or 1 or 11);
    }

    [Theory]
    // a year before a noun is still a year after "in"/"seit"; armed groups are no fighters; inmates nothing befell are no claim
    [InlineData("en", "In 2022 soldiers were sent to the border, the army said.")]
    [InlineData("de", "Seit 2014 Soldaten dort stationiert sind, gab es nach Angaben der Armee keine Kämpfe.")]
    [InlineData("de", "In der Region sind nach Angaben der UN mehr als 100 bewaffnete Gruppen aktiv.")]
    [InlineData("de", "Videos der Armee zeigen Hunderte Häftlinge, die auf dem Boden sitzen.")]
    // a year right after the subject or the auxiliary says when, even before a noun that counts
    [InlineData("de", "Nachdem Russland 2014 Truppen auf die Krim geschickt hatte, verhängte die EU nach eigenen Angaben Sanktionen.")]
    [InlineData("de", "Russland hat 2023 nordkoreanische Raketen eingesetzt, sagte der Geheimdienst.")]
    // a year after a season says when, even before an adjective and its noun
    [InlineData("de", "Im Herbst 2022 mobilisierte Reservisten kämpfen nach Angaben des Ministeriums noch immer an der Front.")]
    [InlineData("de", "Auch im Sommer 2023 eingezogene Rekruten wurden nach Angaben der Armee an die Front geschickt.")]
    [InlineData("en", "Reservists called up in autumn 2022 alongside them are still at the front, the ministry said.")]
    // a country's people, a share, rounds of talks, an item's number on its own line, targets counted after an adjective
    [InlineData("en", "More than half of the refugees went to Poland, a country of 38 million, the UN refugee agency said.")]
    [InlineData("en", "The United States says the campaign has forced about two thirds of container traffic away from the Suez route.")]
    [InlineData("en", "It follows three rounds of talks in Istanbul, the interior ministry said.")]
    [InlineData("de", "Die Armee meldete Angriffe.\n\n2.\n\nDie Lage bleibt unklar.")]
    [InlineData("de", "Die Hisbollah teilte mit, man habe auf elf militärische Stellungen in Israel gefeuert.")]
    // fighter jets and fighter pilots are no fighters
    [InlineData("en", "The Thai army said it had placed six F-16 fighter jets on standby along the border.")]
    [InlineData("en", "Among the signatories were 235 fighter pilots, the group said.")]
    // a number closing a name is its label; an article before an adjective, or a genitive article, counts nothing
    [InlineData("de", "Der Zustand eines Verletzten ist nach Angaben der Klinik kritisch.")]
    [InlineData("en", "Drones struck the base again. Troops are deployed at Tower 22, according to Central Command.")]
    [InlineData("de", "Die Rakete schlug in ein Café ein, in dem Nachbarn eines gefallenen Soldaten zusammengekommen waren, sagte der Gouverneur.")]
    public void Years_groups_and_idle_inmates_are_no_claims(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Quantity is not null);
    }

    [Theory]
    // a clock time, a rate, an issue's number, two years opening a clause, a count of something not ours: none takes the unit
    // of the count before it
    [InlineData("en", "Six rockets were fired at Sderot, the army said. Sirens sounded in Sderot at around 4 a.m., the army said.", 4)]
    [InlineData("en", "South Korea has about 450,000 troops, the ministry said. Its fertility rate of 0.75 in 2024 was the lowest in the world, the ministry said.", 0.75)]
    [InlineData("en", "South Korea has about 450,000 troops, the ministry said. Between 2019 and 2025, the number of young men fell by 30%, the ministry said.", 2019)]
    [InlineData("en", "South Korea has about 450,000 troops, the ministry said. Between 2019 and 2025, the number of young men fell by 30%, the ministry said.", 2025)]
    [InlineData("de", "Laut Armee sind rund 2300 Soldaten im Einsatz. Dieser Beitrag erschien in der Printausgabe 49/2025 der Weserwoche.", 49)]
    [InlineData("de", "Die Zahl der Verdachtsfälle von Rechtsextremismus in der Truppe stieg auf 219, sagte die Wehrbeauftragte.", 219)]
    public void Numbers_that_count_nothing_of_ours_are_no_claims(string language, string text, double value)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Quantity?.Value == (decimal)value || c.Quantity?.Low == (decimal)value);
    }

    [Fact]
    public void People_who_came_back_after_a_count_of_the_missing_are_not_missing()
    {
        var claims = Claims("en", "Twelve Indians were killed and 16 others are missing, the ministry said. He told reporters the government "
                                  + "knew of many cases. Of these, 96 had returned home after being discharged, he said.");

        Assert.Contains(claims, c => c.Quantity?.Value == 16 && c.Unit == "missing");
        Assert.DoesNotContain(claims, c => c.Quantity?.Value == 96);
    }

    [Theory]
    // people given food are not hurt; men and women at a funeral are not an army's, whoever reports them
    [InlineData("de", "Das WFP hat nach eigenen Angaben 20.000 Menschen mit Lebensmitteln versorgt.")]
    [InlineData("de", "Nach Angaben der Armee nahmen 20.000 Männer und Frauen an der Trauerfeier teil.")]
    [InlineData("en", "The agency said it had treated 20,000 people well in its camps.")]
    public void Care_and_mourners_count_no_wounded_or_soldiers(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Quantity?.Value == 20000);
    }

    [Theory]
    // people who need care, or patients moved between hospitals, are not hurt in the attack
    [InlineData("en", "An estimated 20,000 people in Gaza need medical care, the agency said.")]
    [InlineData("en", "The agency said 20,000 patients were evacuated to hospitals in the south.")]
    public void Needing_care_or_moving_between_hospitals_is_no_wound(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Unit == "wounded");
    }

    [Theory]
    [InlineData("en", "Putin ordered 160,000 men to be called up. The decree covers men aged 18 to 30.")]
    [InlineData("en", "Putin ordered 160,000 men to be called up. The decree covers men between the ages of 18 and 30.")]
    [InlineData("en", "Putin ordered 160,000 men to be called up. Ukraine has lowered its mobilisation age from 30 to 18.")]
    // the first end of a change shares the measure after the second
    [InlineData("de", "Putin ließ 160.000 Soldaten einberufen, sagte der Kreml. Die Dienstzeit soll von 18 auf 30 Monate verlängert werden.")]
    public void An_age_range_is_no_count(string language, string text)
    {
        var claims = Claims(language, text);

        Assert.DoesNotContain(claims, c => c.Quantity is { } q && (q.Low is 18 or 30 || q.High is 18 or 30 || q.Value is 18 or 30));
        Assert.Contains(claims, c => c.Quantity?.Value == 160000);
    }

    [Theory]
    [InlineData("Rettungskräfte")]
    [InlineData("Polizeikräfte")]
    [InlineData("Feuerwehrkräfte")]
    // ("National" shares the stem of "nationals", yet a national body counts nothing)
    [InlineData("Nationalen Rettungskräfte")]
    public void Rescuers_and_police_are_no_forces(string noun)
    {
        var claims = Claims("de", $"Nach Angaben der Behörden waren rund 300 {noun} im Einsatz.");

        Assert.DoesNotContain(claims, c => c.Quantity?.Value == 300 && c.Unit == "soldiers");
    }

    [Theory]
    [InlineData("de", "Mindestens 20 Menschen kämpfen nach dem Brand um ihr Leben, sagte der Bürgermeister.")]
    [InlineData("en", "At least 20 people fought for their lives after the fire, the mayor said.")]
    public void People_fighting_for_their_lives_are_no_soldiers(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Unit == "soldiers");
    }

    [Fact]
    public void Inhabitants_before_the_fighting_are_no_soldiers()
    {
        var claims = Claims("de", "Die Stadt hatte vor den Kämpfen etwa 130.000 Einwohner, sagte der Bürgermeister.");

        Assert.DoesNotContain(claims, c => c.Quantity?.Value == 130000);
    }

    [Theory]
    [InlineData("en", "Some 20,000 people are still sheltering in the town, which had a population of about 61,000 before the war, the mayor said.")]
    [InlineData("de", "In der Stadt, die vor dem Krieg eine Bevölkerung von rund 61.000 hatte, harren laut dem Bürgermeister noch 20.000 Menschen aus.")]
    public void A_population_is_no_count(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Quantity?.Value == 61000);
    }

    [Theory]
    [InlineData("en", "Militia leader Abu Karim said he had recruited 18,000 convicts for the campaign.", 18000, "soldiers")]
    [InlineData("en", "Kyiv's army said it had recruited 2,000 prisoners last year.", 2000, "soldiers")]
    // "die der Verletzten auf …": the second count after a comma names its own noun
    [InlineData("de", "Das Ministerium bezifferte die Zahl der Toten am Mittwoch auf 310, die der Verletzten auf 1250.", 1250, "wounded")]
    // two-word nouns and German compounds on a short head
    [InlineData("en", "The ministry said about 4,500 service members took part in the drills.", 4500, "soldiers")]
    // people held in custody are captured; someone else in custody beside a toll does not make it one
    [InlineData("en", "The ministry said 19 Azerbaijanis remained in Armenian custody after the exchange.", 19, "captured")]
    [InlineData("en", "Two police officers and a suspect now in custody were wounded, the police said.", 2, "wounded")]
    // officials ("Beamte") are people: their death is a toll
    [InlineData("de", "Die Polizei meldete den Tod von drei Beamten bei einem Überfall auf eine Wache in Guayaquil.", 3, "killed")]
    [InlineData("de", "Nach Angaben des Militärs wurden in der Nacht 140 Kampfdrohnen abgeschossen.", 140, "drones")]
    [InlineData("de", "Laut dem Generalstab wurden 35 Langstreckenraketen abgefangen.", 35, "missiles")]
    // a life lost is a death, not the losses an army counts; killings and wounds counted as nouns
    [InlineData("de", "Nach Angaben der Armee haben bei den Gefechten 40 Soldaten ihr Leben verloren.", 40, "killed")]
    [InlineData("en", "The ministry said 25 soldiers lost their lives in the ambush.", 25, "killed")]
    [InlineData("en", "The UN human rights office said it had recorded 320 killings of civilians in the province.", 320, "killed")]
    [InlineData("de", "Laut dem Gesundheitsministerium wurden bislang 1.200 Verwundungen gezählt.", 1200, "wounded")]
    // people called up or signed up are soldiers; people driven from their homes are refugees; members of a force killed
    [InlineData("de", "Laut dem Präsidenten möchte die Armee weitere 80.000 Menschen mobilisieren.", 80000, "soldiers")]
    [InlineData("de", "Seit Januar hätten 52.000 Männer einen Vertrag mit der Armee unterschrieben, sagte der Minister.", 52000, "soldiers")]
    [InlineData("en", "The defence minister said 30,000 men had signed contracts with the army since January.", 30000, "soldiers")]
    [InlineData("en", "The fighting has driven some 2 million people from their homes, according to the UN refugee agency.", 2_000_000, "refugees")]
    [InlineData("de", "Laut der Armee wurden bei dem Angriff neun Mitglieder der Nationalgarde getötet.", 9, "killed")]
    // people named by their work count once something happened to them; evacuated, trapped, abducted, surrendered
    [InlineData("de", "Nach Angaben der Luftwaffe kamen bei dem Absturz elf Piloten und Besatzungsmitglieder ums Leben.", 11, "killed")]
    [InlineData("en", "The interior ministry said 14 journalists were killed in the region last year.", 14, "killed")]
    [InlineData("de", "Laut dem Zivilschutz wurden seit Montag rund 3.400 Menschen aus den Dörfern evakuiert.", 3400, "refugees")]
    [InlineData("en", "About 9,000 people have been evacuated from the valley, the regional governor said.", 9000, "refugees")]
    [InlineData("de", "Die Regierung bezifferte die Zahl der Binnenvertriebenen auf 800.000.", 800000, "refugees")]
    [InlineData("en", "Roughly 40,000 residents remain trapped in the city, the mayor said.", 40000, "civilians")]
    [InlineData("en", "The army said 300 rebels had surrendered near the border.", 300, "captured")]
    [InlineData("de", "Nach Angaben der Polizei halten die Entführer noch 17 Geiseln fest.", 17, "hostages")]
    // a model's designator between the number and its noun; officers are soldiers; the call-up of men
    [InlineData("en", "The defence minister said the army would send 18 Leopard 2A4 tanks to the front.", 18, "tanks")]
    [InlineData("en", "Navy spokesman Igor Petrov said 21 officers were killed when the cruiser sank.", 21, "killed")]
    [InlineData("de", "Laut dem Bericht erlaubt das Dekret die Einberufung von bis zu 500.000 Männern.", 500000, "soldiers")]
    [InlineData("de", "Nach Angaben der Regierung sind bisher 42.000 Menschen aus der Region in Armenien angekommen.", 42000, "refugees")]
    [InlineData("de", "Laut der Regierung mussten ca. 60.000 Menschen ihre Häuser im Norden des Landes verlassen.", 60000, "refugees")]
    // going home, executed, set free; a toll put at a figure counts the dead
    [InlineData("de", "Nach Angaben des UNHCR sind seither 80.000 Menschen in ihre Heimat zurückgekehrt.", 80000, "refugees")]
    [InlineData("de", "Laut Amnesty International wurden dort zwischen 2011 und 2015 rund 9000 Menschen hingerichtet.", 9000, "killed")]
    // inmates let out of a prison are prisoners (a convention changed in the fourth session: five sets' annotators count them so)
    [InlineData("de", "Als die Rebellen die Tore öffneten, kamen nach Angaben der Weißhelme 3000 Häftlinge frei.", 3000, "prisoners")]
    [InlineData("en", "The prison service said 39 Palestinian prisoners had been released from Ofer prison.", 39, "prisoners")]
    [InlineData("en", "On Sunday afternoon, governor Oleh Syniehubov had put the toll at 16.", 16, "killed")]
    [InlineData("de", "Am Freitag teilte der Geheimdienst mit, rund 1500 Angehörige nordkoreanischer Spezialkräfte seien verlegt worden.", 1500, "soldiers")]
    [InlineData("de", "Insgesamt habe die Gruppe rund 20.000 Strafgefangene rekrutiert, sagte der Kommandeur.", 20000, "soldiers")]
    [InlineData("en", "The ministry said 9,000 people, including volunteers, had signed contracts with the army.", 9000, "soldiers")]
    // two kinds joined before their shared noun; a toll counts the dead whatever killed them
    [InlineData("en", "A spokesman said the group had fired six cruise and ballistic missiles at the ship.", 6, "missiles")]
    [InlineData("en", "The death toll from the missile strikes rose to 24 on Monday, officials said.", 24, "killed")]
    // a list of what befell them is every kind of loss; the strength of a force is its soldiers
    [InlineData("de", "Beamte schätzten, dass rund 4000 Soldaten getötet, verwundet, gefangen genommen oder vermisst seien.", 4000, "casualties")]
    [InlineData("de", "Der General erklärte, die Hälfte des 11.000 Mann starken Kontingents sei getötet worden.", 11000, "soldiers")]
    // prisoners brought home or returned in an exchange
    [InlineData("en", "Ukraine has brought home 185 soldiers in its latest exchange, the president said.", 185, "captured")]
    [InlineData("en", "The ministry said 185 servicemen had been returned from territory controlled by Kyiv.", 185, "captured")]
    // "one" before a person killed, wounded or captured counts them; "four of those aboard had been killed"
    [InlineData("en", "The police said one soldier was killed on Saturday.", 1, "killed")]
    [InlineData("de", "Die Polizei sagte, ein Soldat sei verletzt worden.", 1, "wounded")]
    [InlineData("en", "The army said on Wednesday that four of those aboard had been killed.", 4, "killed")]
    // bare counts after the noun counted before: "of which", a participle of sending, treated for wounds
    [InlineData("en", "The air force said Russia had fired 52 drones, 38 of which were shot down.", 38, "drones")]
    [InlineData("en", "Officials said 6,000 North Korean troops were near the front, out of some 11,000 sent to Russia.", 11000, "soldiers")]
    [InlineData("en", "The governor said 12 people had died and 45 were being treated for wounds.", 45, "wounded")]
    [InlineData("en", "The number of people killed in the flooding has risen to 31, the mayor said.", 31, "killed")]
    // enlisted, then killed: what befell them; "verwundet oder tot" is every kind of loss; a number of killed nationals
    [InlineData("en", "India's foreign ministry said nine Indian citizens recruited into the Russian army had been killed.", 9, "killed")]
    [InlineData("en", "The minister told parliament that 85 Indians had been recruited and seven had died.", 85, "soldiers")]
    // "up from at least 600": an earlier figure of the same measure
    [InlineData("en", "The agency said about 1,500 North Korean soldiers had been killed, up from at least 400 in its March assessment.", 400, "killed")]
    [InlineData("de", "Auf ukrainischer Seite seien etwa 80.000 Soldaten verwundet oder tot, sagte der Präsident.", 80000, "casualties")]
    [InlineData("de", "Der Präsident bezifferte die Zahl der getöteten Russen auf 150.000.", 150000, "killed")]
    [InlineData("en", "One sailor suffered minor injuries, the Navy said.", 1, "wounded")]
    // fighters are counted as fighters, and as what befell them when the sentence says so
    [InlineData("en", "The militia now has about 350,000 fighters, according to a panel of UN experts.", 350000, "fighters")]
    [InlineData("de", "Nach Schätzung des Instituts verfügt die Miliz über rund 8000 Kämpfer.", 8000, "fighters")]
    [InlineData("de", "Die Armee meldete 4000 getötete Kämpfer der Miliz.", 4000, "killed")]
    [InlineData("en", "The army said the number of fighters killed had risen to 1,500.", 1500, "killed")]
    // initials between the figure and its noun; peacekeepers are soldiers, and "hurt" is wounded
    [InlineData("en", "About 80,000 U.S. troops were stationed in Europe, according to the Pentagon.", 80000, "soldiers")]
    [InlineData("en", "UNIFIL said two Indonesian peacekeepers were hurt when a tank fired at their tower.", 2, "wounded")]
    // taken to hospital with injuries
    [InlineData("de", "Sechs Menschen seien mit Verletzungen in Krankenhäuser gebracht worden, sagte der Gouverneur.", 6, "wounded")]
    // after the participle, a people's name takes what happened to them
    [InlineData("de", "Die Zeitung berichtete, 189 verwundete Südafrikaner sollten ausgeflogen werden.", 189, "wounded")]
    [InlineData("en", "A Russian missile hit the square in Kharkiv, killing 12 people and wounding 40, the governor said.", 40, "wounded")]
    // a whole force's strength given by a bare figure; people who joined the army are soldiers
    [InlineData("en", "Ukraine's armed forces now number 880,000, President Volodymyr Zelensky said on Wednesday.", 880000, "soldiers")]
    [InlineData("de", "Die Armee ist inzwischen auf 150.000 angewachsen, sagte der Minister.", 150000, "soldiers")]
    [InlineData("en", "The deputy minister said at least 427,000 people had joined the Russian army on contract.", 427000, "soldiers")]
    // people of a nation who fight are soldiers
    [InlineData("de", "Nach Angaben des Ministeriums kämpfen rund 200 Nepalesen für Russland.", 200, "soldiers")]
    // a bare count takes what befell it over what befell those before; drones lost stay drones
    [InlineData("de", "Der Botschafter sagte, zehn Nepalesen seien getötet worden. Vier weitere befänden sich in ukrainischer Kriegsgefangenschaft.", 4, "captured")]
    [InlineData("en", "The air force said Russia launched 145 drones. Air defences shot down 62 of them, while 67 were lost, it said.", 67, "drones")]
    // "Kräfte" are forces; rescuers are not
    [InlineData("de", "Ugandische Militärkreise sprachen am Montag von rund 1000 zusätzlichen Kräften.", 1000, "soldiers")]
    // soldiers of both sexes, military men, and police named beside soldiers are counted as soldiers
    [InlineData("de", "Das Kommando soll auf 3200 Soldatinnen und Soldaten wachsen, sagte ein Sprecher des Heeres.", 3200, "soldiers")]
    [InlineData("de", "Nach Angaben des Generalstabs sind inzwischen 400 Militärs aus Moskau eingetroffen.", 400, "soldiers")]
    [InlineData("de", "Die Truppe soll nach dem Beschluss bis zu 2600 Polizisten und Soldaten umfassen, sagte der Gesandte.", 2600, "soldiers")]
    // members of a brigade or a contingent are its soldiers
    [InlineData("de", "Laut Ministerium sind bereits rund 350 Angehörige der Brigade in Vilnius stationiert.", 350, "soldiers")]
    // a partitive through an article, a precision word and a number to its noun
    [InlineData("en", "Fewer than 9,000 of the roughly 14,000 troops once stationed there remained, the ministry said.", 9000, "soldiers")]
    [InlineData("en", "Hamas said 21 of its members had been killed in the raid.", 21, "killed")]
    // detainees take what befell them; people arrested are captured, attackers are fighters
    [InlineData("en", "The UN said 37 detainees had been killed when the prison was shelled.", 37, "killed")]
    [InlineData("en", "The army said 19 attackers were still holding out in the market.", 19, "fighters")]
    [InlineData("en", "The army said it had repelled the raid, killing 19 attackers and arresting 12.", 12, "captured")]
    // an adjective "bewaffnete" is no noun of fighters; "des Militärs" is the army's genitive, no count of soldiers
    [InlineData("de", "Russland verlegte 10.000 bewaffnete Soldaten an die Grenze, sagte der Minister.", 10000, "soldiers")]
    [InlineData("de", "Nach Angaben des israelischen Militärs stieg die Opferzahl auf 40.", 40, "killed")]
    // a verb of fleeing before the people it counts
    [InlineData("de", "Nach Angaben der Vereinten Nationen flohen binnen einer Woche mehr als 18.000 Menschen aus der Stadt.", 18000, "refugees")]
    // a calibre after a scale word is not part of the number; tanks named by their model; armoured vehicles; people who
    // serve in an army; members a participle says were killed; seafarers killed
    [InlineData("en", "South Korea's defence ministry said the containers could have carried more than six million 152mm shells.", 6_000_000, "shells")]
    [InlineData("en", "Washington promised 31 Abrams in January, the Pentagon said.", 31, "tanks")]
    [InlineData("en", "Britain's defence ministry said Russian troops had abandoned at least 30 armoured vehicles.", 30, "vehicles")]
    [InlineData("de", "Laut Verteidigungsministerium dienten in den Streitkräften derzeit rund 900.000 Menschen.", 900_000, "soldiers")]
    [InlineData("de", "Die Beobachtungsstelle zählte laut Reuters 342 getötete Angehörige der Regierungskräfte.", 342, "killed")]
    [InlineData("en", "At least four seafarers have been killed in the attacks, according to the International Maritime Organization.", 4, "killed")]
    // losses put at a bare figure past an aside in dashes; the first half of a German compound sharing the second's noun
    [InlineData("de", "Am Montag bezifferte Selenskyj die russischen Verluste seit Kriegsbeginn - Tote und Verwundete zusammen - auf rund 410.000.", 410_000, "casualties")]
    [InlineData("de", "In der Nacht setzte Russland laut ukrainischer Luftwaffe 112 Kampf- und Täuschungsdrohnen ein.", 112, "drones")]
    // two counts joined by "und" share the verb after them
    [InlineData("de", "Fünf Kämpfer der KNLA und 50 Soldaten der Armee seien getötet worden, sagte der KNU-Kommandeur.", 5, "killed")]
    // a hyphenated compound counts what its last part names; members of a force; people of an organisation or foreigners
    // counted once the sentence says what befell them; people a rescue service treated were hurt
    [InlineData("de", "Laut Papperger könnte Rheinmetall insgesamt 139 Leopard-Panzer instand setzen.", 139, "tanks")]
    [InlineData("en", "Chechen authorities said the rally drew 12,000 members of the security forces.", 12000, "soldiers")]
    [InlineData("en", "Iran said seven members of the Revolutionary Guards, including two generals, were killed in that strike.", 7, "killed")]
    [InlineData("en", "The World Food Programme said on Sunday that three of its staff had been killed in North Darfur.", 3, "killed")]
    [InlineData("de", "Dabei seien 13 Ausländer getötet worden, sagte der Gouverneur.", 13, "killed")]
    [InlineData("en", "Magen David Adom said it had treated 12 people, most of them for light injuries.", 12, "wounded")]
    [InlineData("de", "Der Rettungsdienst Magen David Adom teilte mit, er habe sieben Menschen mit leichten Verletzungen versorgt.", 7, "wounded")]
    // police sent abroad serve as a force; an army's men and women are its soldiers; fighters a group lost are its dead
    [InlineData("de", "Die Regierung in Nairobi hat nach eigenen Angaben 735 Polizisten entsandt.", 735, "soldiers")]
    [InlineData("en", "About 400 Kenyan police officers arrived in Haiti's capital on Tuesday, Kenyan officials said.", 400, "soldiers")]
    [InlineData("de", "Im vergangenen Jahr traten laut Bundeswehr gut 20.300 Männer und Frauen ihren Dienst an.", 20300, "soldiers")]
    [InlineData("de", "Die Hisbollah hat seit dem 8. Oktober nach eigenen Angaben 47 ihrer Kämpfer verloren.", 47, "killed")]
    [InlineData("de", "Nach Angaben des Generalstabs hat Russland gestern 1200 Soldaten verloren.", 1200, "casualties")]
    // "service members" stays soldiers, and 300 "members" with nothing befalling them count nothing
    [InlineData("en", "Up to 200,000 service members took part, according to the defence ministry.", 200000, "soldiers")]
    // a kind of injury as a compound; people of a trade named beside soldiers; both forms of a gendered pair
    [InlineData("de", "Der Rettungsdienst Magen David Adom versorgte nach eigenen Angaben zwei Menschen mit leichten Splitterverletzungen.", 2, "wounded")]
    [InlineData("en", "More than 3,000 sailors and Marines have arrived in the Red Sea, the Fifth Fleet said on Monday.", 3000, "soldiers")]
    [InlineData("de", "Nach Angaben eines AFP-Reporters legten dreißig Kämpferinnen und Kämpfer ihre Waffen nieder.", 30, "fighters")]
    [InlineData("en", "A contingent of 75 military police arrived on Friday, a spokesman for the mission said.", 75, "soldiers")]
    // nationals and citizens: counted once the sentence says what befell them or that they fight, past the countries they come from
    [InlineData("en", "The foreign ministry said in January that 12 Indian nationals serving with the Russian army had been killed.", 12, "killed")]
    [InlineData("en", "The minister said last Friday that at least 1,436 citizens of 36 African countries were fighting for Russia.", 1436, "soldiers")]
    [InlineData("de", "Nach Angaben des Ermittlers wurden 20.000 Migranten getötet.", 20000, "killed")]
    // a nation's people who signed up with an army are soldiers
    [InlineData("en", "More than 200 Kenyans may have signed up with the Russian military, Kenya's foreign minister Musalia Mudavadi said on Wednesday.", 200, "soldiers")]
    // in an article about an exchange, soldiers who came home came home from captivity
    [InlineData("en", "Russia and Ukraine completed a prisoner exchange. On the final day, 303 Ukrainian defenders came home, Zelensky said.", 303, "captured")]
    [InlineData("de", "Der Gefangenenaustausch ging weiter. \"Weitere 115 unserer Verteidiger sind heute heimgekehrt\", schrieb Selenskyj.", 115, "captured")]
    [InlineData("en", "The last 2,000 troops came home from Afghanistan on Monday, the Pentagon said.", 2000, "soldiers")]
    [InlineData("en", "At the last prisoner exchange, on Dec. 30, Zelenskiy said 189 Ukrainians had come home.", 189, "captured")]
    // people from a number of countries who volunteered to fight; a bare count the verb after it says befell
    [InlineData("en", "Roughly 20,000 foreigners from 52 countries have volunteered to fight for Ukraine, Foreign Minister Dmytro Kuleba said on Sunday.", 20000, "soldiers")]
    [InlineData("en", "At least 12 were killed in the attack, the army said.", 12, "killed")]
    // women and men are no uniformed trade beside soldiers; violations are no injuries; troops home from a deployment are no
    // prisoners where "exchange" means something else
    [InlineData("en", "The strike wounded 12 women and men queuing for bread, the governor said.", 12, "wounded")]
    [InlineData("de", "Nach Angaben der Polizei wurden 12 Soldaten im Zusammenhang mit Menschenrechtsverletzungen festgenommen.", 12, "captured")]
    [InlineData("en", "The base was handed over in exchange for access to the port. The last 500 U.S. troops came home on Sunday, the Pentagon said.", 500, "soldiers")]
    // a small number after a capitalised noun is a count unless a weapon's model stands there
    [InlineData("de", "Bei 2 Angriffen gab es nach Angaben der Armee 4 Tote.", 4, "killed")]
    // projectiles fired across a border are rockets; those an army orders stay shells
    [InlineData("de", "Die israelische Armee sprach von rund 40 Geschossen, die in Richtung Galiläa geflogen seien.", 40, "missiles")]
    [InlineData("de", "Die Bundeswehr hat 300.000 Geschosse bestellt, teilte das Ministerium mit.", 300000, "shells")]
    // a noun made from a participle or adjective counts; "umgebracht" kills; inmates released are prisoners; a year-like number
    // before the noun it counts is a count, and prisoners signed up by an army are soldiers
    [InlineData("de", "UN-Menschenrechtskommissar Volker Türk sprach in Genf von mindestens 184 Getöteten.", 184, "killed")]
    [InlineData("de", "Regierungschef Albin Kurti hatte noch am selben Tag von rund 30 Bewaffneten gesprochen.", 30, "fighters")]
    [InlineData("de", "Nach UN-Angaben hatten Bandenmitglieder mindestens 115 Menschen umgebracht.", 115, "killed")]
    [InlineData("de", "Im Gegenzug entließ Israel nach Angaben der Gefängnisbehörde 1968 palästinensische Häftlinge.", 1968, "prisoners")]
    [InlineData("de", "Präsident Tokajew hatte am Montag von insgesamt 2030 Soldaten gesprochen.", 2030, "soldiers")]
    [InlineData("de", "Prigoschin hatte erklärt, seine Truppe habe rund 50.000 Häftlinge angeworben.", 50000, "soldiers")]
    [InlineData("de", "Nach Angaben des Kommandos haben etwa 27.500 Bundeswehrangehörige in Mali gedient.", 27500, "soldiers")]
    // prisoners who served sentences are freed prisoners, not soldiers
    [InlineData("en", "Israel freed 39 Palestinian prisoners who had served long sentences, the prison service said.", 39, "prisoners")]
    [InlineData("de", "Landesweit hat die Behörde demnach 371.971 frühere Kombattanten registriert, teilte die Kommission mit.", 371971, "fighters")]
    [InlineData("en", "Defence Minister Shin Won-sik said the containers could hold more than 3 million rounds of 152mm artillery shells.", 3000000, "shells")]
    // the missing are counted beside the dead; a bare count after them does not carry their state
    [InlineData("de", "18 Menschen seien getötet worden, 36 würden noch vermisst, teilte der Gouverneur mit.", 36, "missing")]
    [InlineData("de", "Der Katastrophenschutz hatte am Nachmittag noch 42 Vermisste gemeldet.", 42, "missing")]
    [InlineData("en", "One serviceman was killed and 27 other crew members are missing, the ministry said.", 1, "killed")]
    // one of the dead or wounded named by an article or "one"; "tot" as a predicate; quotes around a figure; two services joined
    // before their shared noun
    [InlineData("de", "Gouverneur Oleh Kiper meldete am Morgen einen Toten und 19 Verletzte.", 1, "killed")]
    [InlineData("en", "One person was killed, Mayor Vitali Klitschko said.", 1, "killed")]
    [InlineData("en", "The blast left one dead and 19 wounded, the governor said.", 1, "killed")]
    [InlineData("de", "Zwei Menschen seien inzwischen tot, schrieb Kiper am Abend auf Telegram.", 2, "killed")]
    [InlineData("de", "Am Donnerstagabend hatte die Organisation von »mehr als 100« Toten gesprochen.", 100, "killed")]
    [InlineData("en", "About 350 Army and Air Force personnel are deployed at the base, according to Central Command.", 350, "soldiers")]
    // one member of a team counted once the sentence says what befell them; military police are soldiers
    [InlineData("en", "One member of the rescue team was killed, the police said.", 1, "killed")]
    [InlineData("de", "Rund 200 Feldjäger unterstützen zudem den Grenzschutz bei Kontrollen, sagte der Minister.", 200, "soldiers")]
    // two models joined before their shared noun
    [InlineData("en", "Russia fired 23 Kh-101 and Kh-555 cruise missiles from strategic bombers, the air force said.", 23, "missiles")]
    // hurt, said by the care people needed or where they were taken; the mobilised are soldiers
    [InlineData("de", "Insgesamt hätten 78 Menschen medizinische Hilfe benötigt, sagte der Gouverneur.", 78, "wounded")]
    [InlineData("en", "Some 78 people needed medical treatment, the governor said.", 78, "wounded")]
    [InlineData("de", "Laut Polizei wurden 12 Menschen ins Krankenhaus gebracht.", 12, "wounded")]
    [InlineData("en", "Police said 12 people were taken to the hospital.", 12, "wounded")]
    [InlineData("de", "Am 4. November sprach Putin von 318.000 Mobilisierten.", 318000, "soldiers")]
    // those serving their duty are conscripts; guardsmen are soldiers; what fires rockets is a launcher, the rockets are missiles;
    // a year far ahead before a noun is a count
    [InlineData("de", "Pistorius kündigte an, jedes Jahr rund 5000 zusätzliche Wehrdienstleistende auszubilden.", 5000, "conscripts")]
    [InlineData("en", "The army said 670 conscripts would join the first intake.", 670, "conscripts")]
    // conscripts take what befell them, as soldiers do; reservists called up stay reservists
    [InlineData("de", "Nach Angaben der Armee wurden 500 Wehrpflichtige getötet.", 500, "killed")]
    [InlineData("de", "Das Verteidigungsministerium in Taipeh sprach von rund 22.000 einberufenen Reservisten.", 22000, "reservists")]
    [InlineData("de", "Die US-Armee sprach von rund 2300 Gardisten in der Stadt.", 2300, "soldiers")]
    [InlineData("en", "The package brings the number of rocket launchers pledged to Kyiv to 16, the Pentagon said.", 16, "launchers")]
    [InlineData("en", "The package includes four more High Mobility Artillery Rocket Systems, the Pentagon said.", 4, "launchers")]
    [InlineData("en", "Ukraine fired six HIMARS rockets at the bridge, the Russian ministry said.", 6, "missiles")]
    [InlineData("de", "Die Task Force bezifferte die Gesamtstärke auf 2091 Soldaten.", 2091, "soldiers")]
    // after a season, a number before a counting word still counts ("bis zum Sommer 2000 zusätzliche Soldaten")
    [InlineData("de", "Die Bundeswehr will bis zum Sommer 2000 zusätzliche Soldaten nach Litauen schicken, sagte Pistorius.", 2000, "soldiers")]
    // aid workers counted are still what they are, not speakers
    [InlineData("de", "Nach Angaben der Vereinten Nationen wurden in diesem Jahr 30 Helfer getötet.", 30, "killed")]
    public void The_unit_follows_the_grammar_around_the_figure(string language, string text, double value, string unit)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    // fractions of a scale, and "upward of"/"an die" as precision words
    [InlineData("en", "The ministry said half a million Russian soldiers had been killed or wounded.", 500_000, "exact")]
    [InlineData("en", "Officials said nearly a quarter of a million people had fled, according to the UN.", 250_000, "at-most")]
    [InlineData("de", "Laut Generalstab wurden eine halbe Million russische Soldaten getötet oder verwundet.", 500_000, "exact")]
    [InlineData("de", "Laut UN sind knapp eine Viertelmillion Menschen geflohen.", 250_000, "at-most")]
    [InlineData("en", "The ministry said upward of 700 drones were launched.", 700, "at-least")]
    [InlineData("de", "Nach Angaben der Armee wurden an die 700 Drohnen gestartet.", 700, "approximate")]
    // "verfügt über": the verb's preposition, not "more than"
    [InlineData("de", "Nach Angaben des Instituts ISP verfügt die MNDAA über 8000 Kämpfer.", 8000, "exact")]
    public void Fractions_of_a_scale_and_precision_words(string language, string text, double value, string precision)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value || c.Quantity?.High == (decimal)value);

        Assert.Equal(precision, claim.Quantity!.Precision);
    }

    [Theory]
    // "who" in small letters is a relative pronoun, not the WHO; "us" is not the US
    [InlineData("en", "The toll came from the governor, who said on Monday that 40 civilians had been killed.")]
    [InlineData("en", "An official told us that 40 civilians had been killed.")]
    public void Acronyms_need_their_capitals(string language, string text)
    {
        var claims = Claims(language, text);

        Assert.DoesNotContain(claims, c => c.Source?.Name is "WHO" or "United States" || c.Actor?.Name is "United States");
    }

    [Theory]
    [InlineData("en", "Kyiv said 52 Ukrainians, among them two medics, were freed in Tuesday's exchange.", 52, "captured")]
    [InlineData("de", "Nach Angaben Moskaus wurden 48 russische Gefangene freigelassen.", 48, "captured")]
    [InlineData("en", "Moscow said it had handed over 900 bodies of Ukrainian soldiers.", 900, "killed")]
    [InlineData("en", "According to Kyiv, 150 Ukrainian prisoners were returned in exchange for 140 Russian servicemen.", 140, "captured")]
    [InlineData("de", "Laut Kiew kamen 150 Ukrainer im Austausch gegen 140 russische Soldaten frei.", 140, "captured")]
    public void Released_prisoners_and_returned_bodies_have_their_units(string language, string text, double value, string unit)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(unit, claim.Unit);
        // "handed over 900" is no "more than 900"
        Assert.Equal("exact", claim.Quantity!.Precision);
    }

    [Theory]
    // "nach eigenen Angaben": the subject of the sentence speaks for itself
    [InlineData("de", "Bei dem Austausch erhielt Georgien nach eigenen Angaben 41 Gefangene zurück.", 41, "Georgia")]
    // (an office opening the sentence with no country named gives its own count too)
    [InlineData("de", "Die Armee hat nach eigenen Angaben am Wochenende zwölf Kämpfer der Miliz getötet.", 12, "Armee")]
    // (the name right before "nach eigenen Angaben" gives them, not a name the sentence opens with)
    [InlineData("de", "Bei den Gefechten mit der Terrormiliz Islamischer Staat haben die SDF nach eigenen Angaben 40 Kämpfer verloren.", 40, "Syrian Democratic Forces (SDF)")]
    // (a place after a preposition right before the phrase is not who gives the figures)
    [InlineData("de", "Israels Armee hat im Libanon nach eigenen Angaben 30 Kämpfer der Hisbollah getötet.", 30, "Israeli military (IDF)")]
    // "nach Behördenangaben": a compound ending in "Angaben" names who gave the figures
    [InlineData("de", "Bei dem Anschlag wurden nach Polizeiangaben mindestens elf Menschen verletzt.", 11, "Polizeiangaben")]
    // who orders a number of men called up sets it
    [InlineData("en", "President Vladimir Putin on Monday ordered 160,000 men to be called up by mid-July.", 160000, "Kremlin")]
    // who enlarges a force or raises its target strength sets the number
    [InlineData("de", "Im Frühjahr hatte Schoigu die Truppe in der Region um 50.000 Soldaten aufgestockt.", 50000, "Russian defence ministry")]
    [InlineData("de", "Der Präsident hatte die Sollstärke der Armee im Dezember auf 1,32 Millionen Soldaten angehoben.", 1320000, "Präsident")]
    // a person named by age stands for the person named before; "er" after a body spoke is the person named before it, even one
    // who named figures without a number of their own ("hatte … Zahlen genannt")
    [InlineData("de", "Präsident Yoon Suk Yeol verteidigte am Donnerstag das Kriegsrecht. Nur rund 280 Soldaten seien zur Nationalversammlung geschickt worden, sagte der 64-Jährige.", 280, "South Korean presidential office")]
    [InlineData("de", "Die Polizei meldete am Sonntag 30 Festnahmen. Zuvor hatte der Generalsekretär Kim Min-ki noch kleinere Zahlen genannt. Am 4. Dezember sprach er von rund 230 Soldaten.", 230, "Generalsekretär Kim Min-ki")]
    [InlineData("de", "Im Juni 2023 hatte das Weiße Haus in einem Bericht an den Kongress noch rund 1100 Soldaten genannt.", 1100, "White House")]
    // "late" after the verb is no speaker
    [InlineData("en", "Gaza's health ministry, which is run by Hamas, said late on Tuesday that at least 500 people had died.", 500, "Gaza health ministry")]
    // an ordinal's full stop ends no sentence, and a place adverb opening it is no speaker; a sentence may still end on an
    // ordinal before a word that opens the next
    [InlineData("de", "Der Austausch war nach Angaben Kiews bereits der 65. Die Ukraine erhielt 95 Soldaten zurück, sagte Selenskyj.", 95, "Zelensky")]
    [InlineData("de", "Am Rande der Feiern zum 80. Jahrestag kündigte Macron an, Frankreich werde 4500 Soldaten ausbilden.", 4500, "French presidency")]
    [InlineData("de", "Dort kündigte Präsident Macron an, Frankreich werde 4500 Soldaten ausbilden.", 4500, "French presidency")]
    public void Who_gives_the_figures_by_their_own_account(string language, string text, double value, string source)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(source, claim.Source!.Name);
    }

    [Theory]
    // a name in apposition right before the verb of saying
    [InlineData("en", "The mayor of the town, Olena Marchuk, reported that five civilians had been killed.", 5, "Olena Marchuk")]
    // a name in apposition after the source belongs to it
    [InlineData("de", "Bei dem Angriff wurden laut dem Bürgermeister der Stadt, Iwan Petrenko, sieben Menschen getötet.", 7, "Bürgermeister der Stadt, Iwan Petrenko")]
    // a sentence adverb is no speaker; a dateline before the speaker is not part of the name; a quoted name belongs to its noun
    [InlineData("de", "Zugleich nannte der Innenminister Igor Klymenko eine Zahl: 48 Menschen seien getötet worden.", 48, "Ukrainian interior ministry")]
    [InlineData("en", "KHARKIV - Mayor Ihor Terekhov said on Sunday that 15 people had been wounded.", 15, "Mayor Ihor Terekhov")]
    [InlineData("de", "Das Onlineportal \"Meduza\" berichtete, rund 400 Rekruten seien getötet worden.", 400, "Onlineportal \"Meduza\"")]
    // a time before the speaker is no part of the name; whose office it is; past a participle phrase to its noun
    [InlineData("de", "Gestern Abend hatte Gouverneur Pawel Lobow noch von 24 Toten gesprochen.", 24, "Gouverneur Pawel Lobow")]
    [InlineData("de", "Nach der Freilassung sind noch 94 Geiseln in Gefangenschaft, wie das Büro von Ministerpräsident Jonas Berg mitteilte.", 94, "Büro von Ministerpräsident Jonas Berg")]
    [InlineData("de", "Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums in Gaza sind 300 Menschen getötet worden.", 300, "Gaza health ministry")]
    [InlineData("de", "Laut der Regierung mussten ca. 60.000 Menschen ihre Häuser verlassen.", 60000, "Regierung")]
    // lawmakers briefed by an agency pass on its figures
    [InlineData("de", "Abgeordnete, die vom NIS unterrichtet worden waren, berichteten, bereits 3000 Soldaten seien in Russland.", 3000, "South Korean intelligence (NIS)")]
    // a figure whose source the next sentence names; a ticker entry's header is no claim of its own
    [InlineData("de", "Bei den Kämpfen sind acht Soldaten getötet worden. Das teilte die Armee am Nachmittag mit.", 8, "Armee")]
    [InlineData("de", "+++ 21:45 Uhr: Armee: Etwa 180 Raketen +++\nIran hat nach Darstellung der israelischen Armee etwa 180 Raketen auf Israel abgefeuert.", 180, "Israeli military (IDF)")]
    // a time opening the clause before the speaker
    [InlineData("en", "By March 2024 the foreign ministry had confirmed 19 deaths.", 19, "foreign ministry")]
    // a source noun after "nach den"
    [InlineData("de", "Nach den Worten von Außenminister Pavel Novak wurden 60 Soldaten verletzt.", 60, "Außenminister Pavel Novak")]
    // a name in title case is a name even when it ends in a counted noun
    [InlineData("en", "The Committee for Missing Soldiers said 310 people had been killed in the region.", 310, "Committee for Missing Soldiers")]
    [InlineData("de", "Zu Beginn des Aufstands hatte Prigoschin am Freitagabend erklärt, 25.000 Mann stünden bereit.", 25000, "Wagner")]
    // a fronted circumstance is no speaker: the subject follows the auxiliary
    [InlineData("de", "Zu Beginn der Offensive hatte der Kommandeur Oleh Marko erklärt, 4.000 Soldaten stünden bereit.", 4000, "Kommandeur Oleh Marko")]
    // "according to figures released by …": who released them is the source
    [InlineData("en", "According to figures released by the Ukrainian military on Monday, 980 Russian soldiers were killed in a day.", 980, "Ukrainian military")]
    public void The_speaker_behind_an_apposition_or_released_figures(string language, string text, double value, string source)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(source, claim.Source!.Name);
    }

    [Theory]
    // the name before a relative clause speaks, whether the verb of saying is inside it or after it
    [InlineData("en", "The figure came from the region's governor, Vitaliy Kim, who said on Monday that 14 civilians had been killed.", 14, "Vitaliy Kim")]
    [InlineData("en", "Oleksandr Syrskyi, who commands Ukraine's armed forces, told reporters that 3,000 soldiers had been moved to the north.", 3000, "Oleksandr Syrskyi")]
    // the subject before ", citing …" speaks when what it cites names nobody
    [InlineData("en", "The independent outlet Verstka, citing court records and obituaries, has identified 2,500 soldiers killed in the region.", 2500, "Verstka")]
    // "nach einem Bericht des …", "Angaben der … zufolge", "hieß es in einer Mitteilung des …"
    [InlineData("de", "Im Norden wurden nach einem Bericht des Roten Kreuzes mindestens 60 Menschen getötet.", 60, "Roten Kreuzes")]
    [InlineData("de", "In der Stadt starben Angaben der Gebietsverwaltung zufolge drei Menschen.", 3, "Gebietsverwaltung")]
    [InlineData("de", "Man habe 200 Kämpfer verloren, hieß es am Dienstag in einer Mitteilung des Hamas-Militärflügels.", 200, "Hamas")]
    // "laut einem Bericht der …", "released by …", and a speaker named after a quote that says "we"
    [InlineData("de", "Laut einem Bericht der \"Washington Post\" sollen bis zu 8000 Soldaten verlegt worden sein.", 8000, "Washington Post")]
    [InlineData("en", "The figure, released by Ukraine's General Staff, puts Russian losses at 650,000.", 650000, "Ukrainian military")]
    [InlineData("en", "The army said 20 soldiers were killed. \"We believe around 9,000 troops are there,\" a senior U.S. official told reporters.", 9000, "US")]
    // "the Institute for the Study of War said Russia …": a capitalised "War" is part of the name
    [InlineData("en", "In its latest assessment, published on Tuesday, the Institute for the Study of War said Russia had deployed 50,000 troops near Kursk.", 50000, "Study of War")]
    // an office the article names no one for still speaks ("the regional governor said"), and names again the person before
    [InlineData("en", "In Kharkiv, three people were killed and 20 injured, the regional governor said.", 20, "regional governor")]
    [InlineData("en", "Governor Oleh Syniehubov said two people were killed. Later the governor said 14 people had been injured.", 14, "Oleh Syniehubov")]
    // someone new, introduced with an indefinite article, speaks under the words of the text
    [InlineData("en", "Paramilitaries killed at least 80 people in an attack on a village, a local activist group said on Tuesday.", 80, "local activist group")]
    [InlineData("de", "Bei dem Angriff wurden mindestens 12 Menschen getötet, sagte eine Sprecherin des Roten Halbmonds.", 12, "Roten Halbmonds")]
    // clauses joined in one sentence, each with its own speaker
    [InlineData("en", "According to the United Nations, more than 12 million people have been displaced, and the International Organization for Migration says 3 million have fled abroad.", 3_000_000, "IOM")]
    [InlineData("de", "Das Pentagon spricht von 10.000 Soldaten, während der südkoreanische Geheimdienst von 12.000 Soldaten ausgeht.", 12000, "South Korean intelligence")]
    // a named minister of no named country, or local authorities, are not the earlier ministry of another country
    [InlineData("en", "Russia's defence ministry said 40 drones were downed. Poland plans to expand its army to 300,000 soldiers by 2035, Defence Minister Wladyslaw Kosiniak-Kamysz said.", 300000, "Kosiniak-Kamysz")]
    [InlineData("de", "Das russische Verteidigungsministerium meldete 40 Drohnen. Polen will seine Armee auf 300.000 Soldaten vergrößern, kündigte Verteidigungsminister Kosiniak-Kamysz an.", 300000, "Kosiniak-Kamysz")]
    [InlineData("en", "Russia's defence ministry said 40 drones were downed. Three civilians were killed in shelling of the Kherson region, local authorities said.", 3, "local authorities")]
    // "laut der von der Hamas kontrollierten Gesundheitsbehörde": the noun after the participle
    [InlineData("de", "Das Militär meldete 40 Drohnen. Im Gazastreifen wurden laut der von der Hamas kontrollierten Gesundheitsbehörde 50 Menschen getötet.", 50, "Gesundheitsbehörde")]
    // another office, unnamed, is not a back-reference to the source before
    [InlineData("en", "The NIS said 300 soldiers had been killed. The toll rose to 1,432 dead and 3,870 injured, the health ministry said.", 3870, "health ministry")]
    // a name opening the clause with its title between commas before the verb of saying
    [InlineData("en", "The army said 40 drones were downed. Mykola Hrytsenko, mayor of the border town, said four people had been killed.", 4, "Mykola Hrytsenko")]
    [InlineData("de", "Die Armee meldete 40 Drohnen. Oksana Lewtschenko, Bürgermeisterin der Grenzstadt, sagte, vier Menschen seien getötet worden.", 4, "Oksana Lewtschenko")]
    // a long title in apposition ("a group that tracks …") still leaves the name before it as the speaker
    [InlineData("en", "The ministry said 300 people were killed. The Syrian Network for Human Rights, a British-based group that documents deaths through a network of monitors across the country, put the toll at more than 900 dead.", 900, "Syrian Network for Human Rights")]
    // a name set off by commas before the auxiliary of a German perfect is its subject
    [InlineData("de", "Die Armee meldete 40 Drohnen. Die Bürgermeisterin der Stadt, Oksana Lewtschenko, hatte am Montag von 14 Verletzten gesprochen.", 14, "Oksana Lewtschenko")]
    // "nach Selenskyjs Rechnung", "nach Kiews Angaben": a name in the genitive before the source noun gave the figures
    [InlineData("de", "Die Armee hat nach Budanows Rechnung in diesem Jahr 9000 Soldaten verloren.", 9000, "Budanows")]
    // a conjunction opening the clause and a time adverb opening the sentence are no part of the speaker
    [InlineData("en", "The last big attack came in May, when the air force said it had downed 45 drones.", 45, "air force")]
    [InlineData("de", "Im Mai gab es die letzte Zählung. Damals hatte die Luftwaffe die Zahl der Drohnen mit 45 angegeben.", 45, "Luftwaffe")]
    // a German relative clause between the subject and its verb of counting
    [InlineData("de", "Die Beobachtergruppe Nord, die Truppenbewegungen dokumentiert, zählte Anfang Mai rund 4000 Soldaten in Belarus.", 4000, "Beobachtergruppe Nord")]
    // "nach Kiewer Angaben": a capital's adjective names its government
    [InlineData("de", "Nach Kiewer Angaben befinden sich noch immer 8000 Ukrainer in russischer Gefangenschaft.", 8000, "Kiewer")]
    // "headquarters for prisoners of war": after "of", "war" is the English noun and stays in the speaker's name
    [InlineData("en", "Ukraine received 900 bodies on Friday, its coordination headquarters for prisoners of war said.", 900, "prisoners of war")]
    // a source named in the sentence after the figure replaces one carried from further back
    [InlineData("de", "Der Minister sprach von 300 Soldaten. Polen verlegte mehr als 1000 Soldaten an die Grenze. Das teilte das Verteidigungsministerium in Warschau mit.", 1000, "Verteidigungsministerium in Warschau")]
    [InlineData("de", "Kiew sprach von 300 Toten. Die russische Armee hat rund 695.000 Soldaten im Einsatz. Diese Zahl nannte Selenskyj im Mai.", 695000, "Selenskyj")]
    // an article and a name between commas after the subject names who speaks; arriving at a count or giving a toll is stating it
    [InlineData("de", "Ein Zusammenschluss von Angehörigen, das Collectif Justice pour Barsalogho, kam Anfang Juni auf rund 400 Tote.", 400, "Collectif Justice pour Barsalogho")]
    [InlineData("en", "The army spoke of 40 wounded. The government media office had given an earlier toll on Saturday of 210 dead.", 210, "media office")]
    // "nach einer Einschätzung französischer Sicherheitsbehörden": a genitive without its article
    [InlineData("de", "In Burkina Faso sind nach einer Einschätzung französischer Sicherheitsbehörden bis zu 600 Menschen getötet worden.", 600, "Sicherheitsbehörden")]
    // a pronoun subject after a fronted phrase and an auxiliary stands for the source before
    [InlineData("en", "The monitor ACLED said it counts deaths as they are reported. For the period from April 2023 to June 2024 it had recorded 20,178 people killed in Sudan.", 20178, "ACLED")]
    // a pronoun stands for a speaker of its kind: "sagte er" for the person named before a ministry spoke, "it" for the body
    [InlineData("de", "Der Sprecher der ukrainischen Truppen, Dmytro Lychowyj, äußerte sich am Samstag. Das Ministerium in Moskau behauptete, die Ukraine habe 1500 Soldaten verloren. Die russische Armee habe seit Oktober rund 47.000 Soldaten verloren, sagte er im Fernsehen.", 47000, "Lychowyj")]
    [InlineData("en", "The defence ministry in Kyiv said 40 soldiers had been captured. Spokesman Andriy Kovalenko said 300 soldiers had been wounded. It said 90 soldiers had been killed.", 90, "Kyiv")]
    // a name between commas after a title opening the clause speaks, not the subject of what is reported
    [InlineData("en", "Ukraine's top commander, Gen. Oleksandr Syrskyi, said Russian forces launched 35 missiles overnight.", 35, "Oleksandr Syrskyi")]
    [InlineData("en", "By the evening the regional governor, Oleh Syniehubov, put the toll at 9 dead.", 9, "Oleh Syniehubov")]
    // an adverb of extent opening a German sentence is no speaker; the subject follows the verb of counting
    [InlineData("de", "Landesweit zählte der staatliche Katastrophenschutz bis zum Abend mindestens 27 Tote.", 27, "Katastrophenschutz")]
    [InlineData("de", "Das UN-Kinderhilfswerk Unicef zählt mehr als 2000 getötete Kinder.", 2000, "Unicef")]
    // "nach einer Zählung der Nachrichtenagentur …": a count's author
    [InlineData("de", "Nach einer Zählung der Nachrichtenagentur Reuters wurden seit Oktober mehr als 300 Menschen getötet.", 300, "Reuters")]
    // the office a participle phrase describes speaks, not who controls it
    [InlineData("de", "Die Zahl der Todesopfer ist auf neun gestiegen. Das meldete das von den Huthi kontrollierte Gesundheitsministerium am Sonntag.", 9, "Gesundheitsministerium")]
    // an anonymous source qualified by what it is still speaks under those words
    [InlineData("en", "Forty-one people were killed in the ambush, a security source told reporters.", 41, "security source")]
    [InlineData("en", "In the north, more than 60 soldiers died in two raids on Friday, according to security sources there.", 60, "security sources")]
    // when or how firmly figures were given names no one
    [InlineData("de", "Nach damaligen Angaben der Bundeswehr sollten etwa 600 Soldaten eingeschifft werden.", 600, "Bundeswehr")]
    [InlineData("de", "Nach den jüngsten Angaben aus Minsk nehmen rund 5200 Soldaten an der Übung teil.", 5200, "Minsk")]
    // arriving at a figure far into a study, putting a figure on losses, counting them
    [InlineData("de", "Das Institut IISS kam in seiner im Februar vorgelegten jährlichen Bilanz auf rund 170.000 russische Tote.", 170000, "IISS")]
    [InlineData("de", "Der niederländische Geheimdienst hatte im Herbst rund 300.000 russische Tote und Verwundete veranschlagt.", 300000, "Geheimdienst")]
    [InlineData("de", "Die Stadtverwaltung hat bis zum Abend 61 Verletzte gezählt.", 61, "Stadtverwaltung")]
    // a newspaper's quoted name belongs to the phrase that names it
    [InlineData("de", "Nach Informationen der Kairoer Zeitung \"Al-Ahram\" stehen rund 3000 Soldaten an der Grenze.", 3000, "Al-Ahram")]
    // who revises a count gives it
    [InlineData("de", "Die Regierung in Jerusalem hat die Zahl der bei dem Überfall getöteten Menschen auf rund 1200 gesenkt.", 1200, "Regierung")]
    [InlineData("en", "The health ministry raised the death toll from the strike to 54 on Tuesday.", 54, "health ministry")]
    // "the panel", "the group", "die Mission": the body the article last called so, not whoever spoke last
    [InlineData("en", "A panel of UN experts estimated the militia's strength at 350,000 fighters. The defence ministry said 2,000 soldiers guarded the coast. In its report, the panel said the militia had about 30,000 fighters in 2015.", 30000, "panel of UN experts")]
    [InlineData("en", "The ministry said it had seen no new arrivals. In January, about 100 Africa Corps personnel arrived in Ouagadougou, the group said at the time.", 100, "Africa Corps")]
    // a body introduced by what it is; "an estimated" describes the figure and names no speaker
    [InlineData("en", "Yemen's Houthi movement has grown into an organization with an estimated 350,000 fighters, according to a panel of experts that monitors sanctions.", 350000, "panel of experts")]
    // circles named by their trade speak under those words, also before "verlautete"
    [InlineData("de", "Ein Konvoi mit mindestens 57 Soldaten überquerte die Grenze, wie aus Sicherheitskreisen in Kigali verlautete.", 57, "Sicherheitskreisen in Kigali")]
    // the UN's own body, named after it, speaks
    [InlineData("en", "The UN peacekeeping force UNIFIL said 15 peacekeepers were hurt.", 15, "UNIFIL")]
    [InlineData("de", "Die UN-Mission Monusco meldete Kämpfe bei Sake. Die Armee bestätigte das. Rund 40 Blauhelme seien verletzt worden, teilte die Mission mit.", 40, "MONUSCO")]
    // "den Angaben zufolge", "nach Angaben des Blattes" point back to who spoke; a report's time is no part of its author
    [InlineData("de", "Die israelische Armee meldete am Montag drei getötete Soldaten. Sieben weitere Soldaten wurden den Angaben zufolge verletzt.", 7, "Israeli military (IDF)")]
    [InlineData("de", "Die Wochenzeitung Rapport berichtete über die Lage. Rund 1000 südafrikanische Soldaten steckten nach Angaben des Blattes noch im Osten Kongos fest.", 1000, "Wochenzeitung Rapport")]
    [InlineData("de", "Einem Unicef-Bericht von Anfang des Monats zufolge sind mehr als eine halbe Million Menschen vor den Kämpfen geflohen.", 500000, "UNICEF")]
    // a broadcaster's number is part of its name, not a figure
    [InlineData("en", "Channel 14 reported on Sunday that about 60,000 reservists were expected to report to their units.", 60000, "Channel 14")]
    // a body named by where it sits is the body named before ("die in Großbritannien ansässige Organisation", "the London-based monitor")
    [InlineData("de", "Nach Angaben der Beobachtungsstelle für Menschenrechte wurden 300 Zivilisten getötet. Die in Großbritannien ansässige Organisation zählte zudem 200 Tote in Daraa.", 200, "Syrian Observatory for Human Rights (SOHR)")]
    [InlineData("en", "The Syrian Observatory for Human Rights said 300 civilians were killed. The London-based monitor also counted 200 dead in Daraa.", 200, "Syrian Observatory for Human Rights (SOHR)")]
    // a participle phrase between commas after the subject ("A U.S. official, speaking on condition of anonymity, said")
    [InlineData("en", "A U.S. official, speaking on condition of anonymity, said American jets had shot down 11 Houthi drones on Sunday.", 11, "US government")]
    // a sentence adverb opening the sentence is no speaker
    [InlineData("de", "Ursprünglich hatte Verteidigungsminister Boris Pistorius im Juni 2023 von 4000 Soldaten gesprochen.", 4000, "German defence ministry")]
    // a named person's body after "von der" belongs to the subject before the verb
    [InlineData("de", "Der Sahel-Experte Ulf Laessing von der Konrad-Adenauer-Stiftung sieht die Armee überfordert. Die Regierung habe rund 50.000 Freiwillige rekrutiert, sagte er.", 50000, "Laessing")]
    // an armed group's people named by what they are stand for the group named before; residents who saw it speak
    [InlineData("de", "Die Gruppe JNIM bekannte sich zu dem Angriff auf die Armee von Burkina Faso. In einer Erklärung, die die US-Beobachtungsstelle SITE auswertete, behaupteten die Dschihadisten, 107 Soldaten getötet zu haben.", 107, "JNIM")]
    [InlineData("de", "Einwohner sprachen von mindestens 20 getöteten Zivilisten.", 20, "Einwohner")]
    // a German compound cut short before "und" shares the noun after it, and the name in apposition still follows
    [InlineData("de", "Am Dienstag hatte der Sekretär des Nationalen Sicherheits- und Verteidigungsrats, Olexander Lytwynenko, von 160.000 Soldaten gesprochen.", 160000, "Lytwynenko")]
    // what a report is about is no speaker; an anonymous source is named by the trade it comes from
    [InlineData("de", "Drei Mitarbeiter des Senders seien getötet worden, als sie über die Rückeroberung berichteten, sagte eine Quelle aus dem Militär.", 3, "Quelle aus dem Militär")]
    // an anonymous source of a trade is not the speaker before; a navy named with its country speaks
    [InlineData("de", "Selenskyj sprach von 300 Toten. Drei Soldaten seien getötet worden, sagte eine Quelle aus dem Militär.", 3, "Quelle aus dem Militär")]
    [InlineData("de", "Die US-Marine teilte mit, zwölf Seeleute seien verletzt worden.", 12, "US-Marine")]
    // a post on someone's account or channel is theirs: the owner named in the possessive, or the office named before
    [InlineData("en", "The regional governor said three civilians were wounded in the shelling. By evening the number had risen to seven, according to a post on the governor's Telegram channel.", 7, "regional governor")]
    [InlineData("en", "The army said 40 soldiers had completed the course. A week later the tally stood at 65, according to a message on the army's website.", 65, "army")]
    // (a post on a platform by someone is theirs, not the platform's)
    [InlineData("en", "Three civilians were killed, according to a post on Telegram by the regional governor.", 3, "regional governor")]
    // people who tell of what they saw speak from where they are; the place is not the source
    [InlineData("en", "Doctors in Khan Younis said the strike had wounded four girls and a boy.", 4, "Doctors in Khan Younis")]
    [InlineData("de", "Menschenrechtler in Kiew sagten, 40 Ukrainer befänden sich weiter in russischem Gewahrsam.", 40, "Menschenrechtler in Kiew")]
    // "the government" refers back to a government or country that spoke, not to an armed group or another office
    [InlineData("en", "JNIM said it had attacked two army posts. In January, the government said 28 soldiers had died in an assault near the border.", 28, "government")]
    // a report something "geht aus … hervor" names its author, in the sentence or in the one after the figure; a killed
    // leader named with the speaker does not end the speaker's name
    [InlineData("de", "Bei dem Massaker sind mindestens 207 Menschen getötet worden. Das geht aus einem Bericht des UN-Menschenrechtsbüros hervor.", 207, "UN-Menschenrechtsbüros")]
    [InlineData("de", "Mindestens 40 Soldaten wurden getötet, wie aus einem Bericht des Verteidigungsministeriums hervorgeht.", 40, "Verteidigungsministeriums")]
    [InlineData("de", "Ihr im September getöteter Generalsekretär Hassan Nasrallah hatte behauptet, die Organisation verfüge über 100.000 Kämpfer.", 100000, "Nasrallah")]
    // English does not put the speaker after the verb behind a fronted time: who follows "said" opens the reported clause
    [InlineData("en", "On Thursday the defence ministry in Moscow said Ukraine had lost as many as 660 servicemen.", 660, "defence ministry in Moscow")]
    // what a group grew out of ("die aus der Nusra-Front hervorging") is no report
    [InlineData("de", "Die HTS, die aus der Nusra-Front hervorging, soll 300 Kämpfer verloren haben, sagte die Armee.", 300, "Armee")]
    // an outlet in the dative after the verb was told, the name before the verb spoke; where the word came from before
    // "hieß es"; an office "in the territory" named before
    [InlineData("de", "Der Chef der Gebietsverwaltung, Wjatscheslaw Tschaus, sagte dem Sender Suspilne, die Stadt sei von drei Raketen getroffen worden.", 3, "Tschaus")]
    [InlineData("de", "Am Montag sagte dem Sender Suspilne der Gouverneur Oleh Kiper, die Stadt sei von drei Raketen getroffen worden.", 3, "Kiper")]
    [InlineData("de", "Am Montag sagte der Nachrichtenagentur AFP ein Armeesprecher, drei Raketen seien abgefangen worden.", 3, "Armeesprecher")]
    [InlineData("de", "Aus einem Militärkrankenhaus in Mogadischu hieß es, mindestens 50 verletzte Soldaten seien eingeliefert worden.", 50, "Militärkrankenhaus")]
    [InlineData("en", "More than 64,000 Palestinians have been killed, the health ministry in the territory said on Tuesday.", 64000, "health ministry")]
    // the Kremlin's chief is the Kremlin
    [InlineData("de", "Von den Mobilisierten seien inzwischen 150.000 im Einsatzgebiet, sagte der Kremlchef.", 150000, "Kremlin")]
    // who signs the decree sets the number; a page or a body that lists a figure gives it
    [InlineData("de", "Am Donnerstag unterzeichnete Kremlchef Wladimir Putin ein Dekret, mit dem die Armee um 137.000 Soldaten wächst.", 137000, "Putin")]
    [InlineData("en", "The Israel Defense Forces' public casualty page lists 5,184 soldiers wounded since the start of the war.", 5184, "Israel Defense Forces")]
    [InlineData("en", "Earlier this month, the IDF listed 726 soldiers killed.", 726, "IDF")]
    [InlineData("en", "Air force spokesman Yurii Ihnat spoke of about 100 missiles.", 100, "Ihnat")]
    // a ministry's seat names its country, before a verb as before a noun; the African Union by its initials
    [InlineData("de", "Nach Angaben des Verteidigungsministeriums in Moskau brachten sie 3100 Zivilisten in Sicherheit.", 3100, "Russian defence ministry")]
    [InlineData("en", "About 2,000 troops are to leave Somalia by the end of December, the AU said.", 2000, "African Union")]
    // who adopted a document set its figures; a document past the participle that tells when it came out
    [InlineData("de", "Laut dem vom Sicherheitsrat beschlossenen Fahrplan soll die Truppe auf 14.626 Soldaten schrumpfen.", 14626, "Sicherheitsrat")]
    [InlineData("de", "Die Armee soll künftig 1,5 Millionen Soldaten umfassen, wie aus einem am Montag veröffentlichten Dekret hervorgeht.", 1_500_000, "Dekret")]
    public void Who_speaks_behind_relative_clauses_citations_and_reports(string language, string text, double value, string source)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Contains(source, claim.Source!.Name + " " + claim.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_reported_by_a_wire_agency_is_the_source_and_the_agency_passes_it_on()
    {
        var claim = Assert.Single(Claims("en", "The Emergency Response Room said 75 people had been killed, according to Agence France-Presse."));

        Assert.Contains("Emergency Response Room", claim.Source!.Text, StringComparison.Ordinal);
        Assert.Equal("Agence France-Presse (AFP)", claim.Source.Via);
    }

    [Theory]
    // an "aus" inside the reported clause is not where the word came from: the statement's author, or the source before, is
    [InlineData("Insgesamt seien 3035 Menschen aus der Gefangenschaft zurückgeholt worden, hieß es in einer Mitteilung des Koordinierungsstabs.", 3035)]
    [InlineData("Der Koordinierungsstab teilte mit, 100 Soldaten seien zurück. Insgesamt habe die Ukraine damit 3035 Menschen aus der Gefangenschaft zurückgeholt, hieß es weiter.", 3035)]
    public void An_aus_phrase_inside_the_reported_clause_is_no_source_before_hiess_es(string text, double value)
    {
        var claim = Assert.Single(Claims("de", text), c => c.Quantity?.Value == (decimal)value);

        Assert.Contains("Koordinierungsstab", claim.Source!.Name + " " + claim.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_agencys_own_tally_is_its_own()
    {
        var claim = Assert.Single(Claims("en", "According to an AFP tally, 300 people have been killed in the fighting."));

        Assert.Equal("Agence France-Presse (AFP)", claim.Source!.Name);
        Assert.Null(claim.Source.Via);
    }

    [Theory]
    // German puts no verb inside the noun phrase of a fronted source: the verb after its noun ends it
    [InlineData("Nach Angaben des Heeres nehmen rund 2300 Soldaten an dem Manöver teil.", "Heeres")]
    [InlineData("Nach Angaben aus Minsk nehmen rund 5200 Soldaten an der Übung teil.", "Minsk")]
    // an adjective before a noun of its own goes on
    [InlineData("Mehr als 80 Drohnen seien zerstört worden, teilte das für den Nahen Osten zuständige Regionalkommando mit.", "für den Nahen Osten zuständige Regionalkommando")]
    // after "laut" a name ends before the verb or adverb in lower case that follows it
    [InlineData("Im vergangenen Jahr traten laut Bundeswehr gut 20.300 Soldaten ihren Dienst an.", "Bundeswehr")]
    [InlineData("Laut Papperger könnte Rheinmetall 139 Kampfpanzer instand setzen.", "Papperger")]
    // (an adjective before its noun stays: "laut Angaben ukrainischer Behörden")
    [InlineData("Laut Angaben ukrainischer Behörden wurden 12 Menschen getötet.", "Angaben ukrainischer Behörden")]
    // an indefinite genitive ends there too; the German "Marine" is the navy that speaks, not marines counted
    [InlineData("Nach Angaben eines AFP-Reporters warfen dreißig Kämpfer ihre Gewehre ins Feuer.", "AFP-Reporters")]
    [InlineData("An Bord sind nach Angaben der Marine rund 240 Soldatinnen und Soldaten.", "Marine")]
    // who decides on a number sets it
    [InlineData("Der Bundestag hatte am 23. Februar ein Mandat für bis zu 700 Soldaten beschlossen.", "Bundestag")]
    [InlineData("Das Kabinett hat die Entsendung von 300 Soldaten gebilligt.", "Kabinett")]
    public void A_fronted_source_ends_before_the_verb(string text, string source)
    {
        var claim = Assert.Single(Claims("de", text), c => c.Quantity is not null);

        Assert.Equal(source, claim.Source!.Text);
    }

    [Theory]
    // a fronted time is no speaker, whoever speaks after the verb
    [InlineData("de", "Am frühen Nachmittag sprachen die Verteidigungskräfte Nord, ein Kommando der Armee, von 14 Toten.", "Nachmittag")]
    [InlineData("de", "Am späten Abend meldeten die Helfer des Roten Halbmonds 30 Verletzte.", "Abend")]
    public void A_time_before_the_verb_is_no_speaker(string language, string text, string time)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Source?.Text?.Contains(time, StringComparison.Ordinal) == true);
    }

    [Theory]
    // a bloc qualifying unnamed speakers names them; an anonymous source in a ministry does not
    [InlineData("de", "Westliche Militärexperten schätzen die Zahl der Söldner im Land auf etwa 3000.", 3000, "Westliche Militärexperten")]
    [InlineData("en", "European diplomats put the number of troops at about 5,000.", 5000, "European diplomats")]
    // "das Blatt", "the newspaper" is the publication named before, not the source of an earlier figure
    [InlineData("de", "Die Armee meldete 40 Verletzte. Für Aufsehen sorgte ein Bericht der Zeitung \"Kyiv Independent\". Unter Berufung auf eine Quelle im Ministerium schrieb das Blatt, es seien bis zu 20.000 Reservisten einberufen worden.", 20000, "Kyiv Independent")]
    [InlineData("en", "The army reported 40 wounded. A report in the newspaper Kommersant caused a stir. Citing a source in the ministry, the newspaper said up to 20,000 reservists had been called up.", 20000, "Kommersant")]
    // an English office with its seat in lower case ("the ministry in Kathmandu")
    [InlineData("en", "The foreign minister said 200 Nepalis were serving. By March 2025 the ministry in Kathmandu had confirmed 19 deaths.", 19, "Nepal")]
    // a region's governor is not the government of the country
    [InlineData("de", "Der Gouverneur von Belgorod meldete zwei Verletzte. Die russische Regierung sagte, 40 Soldaten seien getötet worden.", 40, "Russian government")]
    // an anonymous source of no named trade is nobody the article names; "zählt zu den" is no count given
    [InlineData("en", "The army said 20 soldiers were wounded. An anonymous source said 40 soldiers had been killed.", 40, "army")]
    [InlineData("de", "Die Armee meldete 20 Verletzte. Die Stadt zählt zu den am stärksten beschossenen Orten, 40 Menschen seien getötet worden, hieß es.", 40, "Armee")]
    // "later that night", "this week" between a subject and its verb
    [InlineData("en", "The interior ministry reported six officers killed. Provincial officials later that night counted at least 25 wounded.", 25, "Provincial officials")]
    [InlineData("en", "The army reported two dead. The governor this week put the number of wounded at 30.", 30, "governor")]
    // those who respond to an attack report its toll, though they are people counted elsewhere
    [InlineData("de", "Nach dem Einschlag sprachen die Sicherheitskräfte von 30 Verletzten.", 30, "Sicherheitskräfte")]
    [InlineData("de", "Helfer des Roten Kreuzes zählten am Abend 18 Tote.", 18, "ICRC")]
    [InlineData("en", "Rescue workers said 30 people were wounded in the blast.", 30, "Rescue workers")]
    public void Unnamed_speakers_and_publications(string language, string text, double value, string source)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(source, claim.Source!.Name);
    }

    [Theory]
    // an armed group's own fighters, with the noun before or after the figure
    [InlineData("de", "Das Militär erklärte, dabei seien 35 Hamas-Kämpfer getötet worden.", 35)]
    [InlineData("de", "Diplomaten in Bamako schätzten die Zahl der Wagner-Kämpfer zuletzt auf 1500.", 1500)]
    [InlineData("en", "The army said 60 Hezbollah fighters had been killed in the strikes.", 60)]
    public void An_armed_groups_fighters_are_fighters(string language, string text, double value)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.True(claim.Unit is "fighters" or "killed", claim.Unit);
        Assert.NotEqual("soldiers", claim.Unit);
    }

    [Fact]
    public void An_aus_inside_the_reported_clause_is_no_source_before_verlautete()
    {
        var claims = Claims("de", "Mehrere Tausend Soldaten würden aus Belarus verlegt, verlautete am Montag.");

        Assert.DoesNotContain(claims, c => c.Source?.Name == "Belarus");
    }

    [Fact]
    public void A_headline_wording_a_toll_loosely_is_the_body_claim()
    {
        var claims = Claims("en", "Kyiv says 1,500 Russian troops killed in a day\n\nRussia lost about 1,500 soldiers over the past 24 hours, Ukraine's General Staff said on Wednesday.");

        var claim = Assert.Single(claims, c => c.Quantity?.Value == 1500);
        Assert.Equal(2, claim.Evidence.Count);
        Assert.Equal("approximate", claim.Quantity!.Precision);
    }

    [Fact]
    public void Estimates_after_a_determiner_are_a_noun_not_a_speaker()
    {
        var claims = Claims("en", "The ministry said 900 soldiers had been killed. Independent counts are far below the official estimates. "
            + "The outlet Mediazona has confirmed 400 names of soldiers killed, it said.");

        Assert.DoesNotContain(claims, c => c.Source?.Name.Contains("below", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("de", "Der Bürgermeister sprach am Abend von vier getöteten Zivilisten.", 4, "killed")]
    [InlineData("de", "Die Zahl der getöteten Zivilisten stieg laut der Regierung auf 230.", 230, "killed")]
    // a German verb of dying before its subject; people still held; infantrymen
    [InlineData("de", "Bei dem Angriff starben nach Angaben der Polizei mindestens fünf Menschen.", 5, "killed")]
    [InlineData("en", "Officials said roughly 2,000 infantrymen had been moved to the front.", 2000, "soldiers")]
    [InlineData("de", "Nach UN-Angaben sind im Land mehr als zwei Millionen Menschen auf der Flucht.", 2_000_000, "refugees")]
    // "…, die Zahl der Verletzten auf 3870": the second count of a sentence names its own noun
    [InlineData("de", "Die Zahl der Toten stieg nach Angaben der Behörden auf 1432, die Zahl der Verletzten auf 3870.", 3870, "wounded")]
    // losses put at a number of soldiers are casualties
    [InlineData("de", "Der ukrainische Generalstab bezifferte die russischen Verluste am Vortag auf 1.100 Soldaten.", 1100, "casualties")]
    [InlineData("en", "The General Staff put Russian losses over the past day at 1,050 troops.", 1050, "casualties")]
    [InlineData("de", "Der Geheimdienst schätzt, dass die Armee täglich rund 900 Soldaten verliert.", 900, "casualties")]
    public void Civilians_described_as_killed_are_counted_as_killed(string language, string text, double value, string unit)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(unit, claim.Unit);
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_no_speaker()
    {
        var claim = Assert.Single(Claims("en", "Speaking on condition of anonymity, a senior U.S. official said about 500 troops would deploy."));

        Assert.Contains("official", claim.Source!.Name + " " + claim.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void People_quoted_by_an_outlet_are_the_source_and_the_outlet_passes_it_on()
    {
        var claim = Assert.Single(Claims("en", "Western officials quoted by the BBC estimated that about 1,000 North Korean troops had been killed."));

        Assert.Equal("Western officials", claim.Source!.Name);
        Assert.Equal("BBC", claim.Source.Via);
    }

    [Theory]
    [InlineData("en", "Up to 1,000 soldiers took part in the assault, the chief of the general staff, Valery Gerasimov, told the president on Wednesday, according to the state news agency TASS.", "TASS")]
    [InlineData("de", "Bis zu 1000 Soldaten seien beteiligt gewesen, sagte Generalstabschef Waleri Gerassimow, wie die Nachrichtenagentur Ukrinform berichtete.", "Ukrinform")]
    public void A_news_outlet_reporting_a_named_speaker_passes_the_words_on(string language, string text, string outlet)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.High == 1000);

        Assert.Contains("Ger", claim.Source!.Text, StringComparison.Ordinal);
        Assert.Contains(outlet, claim.Source.Via ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_and_a_speaker_reporting_side_by_side_are_two_reports()
    {
        var claim = Assert.Single(Claims("de", "Die Nachrichtenagentur Tass meldete 20 Tote, die ukrainische Armee sprach von 30 Toten."),
            c => c.Quantity?.Value == 20);

        Assert.Null(claim.Source!.Via);
    }

    [Theory]
    // people drafted by force or by law are soldiers of the army that drafts them, not a toll of the country
    [InlineData("de", "Die Armee hat nach Angaben von Human Rights Watch mehr als 1000 Männer zwangsrekrutiert.", 1000, "Männer")]
    [InlineData("de", "Der Juntasprecher kündigte an, monatlich 5000 Menschen einzuziehen.", 5000, "Menschen")]
    [InlineData("de", "Die Free Rohingya Coalition sprach von mindestens 400 Zwangsrekrutierten.", 400, "Zwangsrekrutierten")]
    [InlineData("en", "The ministry said 8,000 men had been conscripted since January.", 8000, "men")]
    public void People_drafted_are_soldiers(string language, string text, double value, string noun)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Low == (decimal)value);

        Assert.Equal("soldiers", claim.Unit);
        // (a toll of people with no side is named by its noun; soldiers are not)
        Assert.NotEqual(noun, claim.Actor?.Name);
    }

    [Theory]
    // serving needs an army; a number after "and" with no noun of its own is its own count
    [InlineData("de", "Die Klinik dient nach Angaben der WHO 5000 Menschen.", 5000, null)]
    [InlineData("en", "The army has 5,000 soldiers in the region and 200 were wounded, the ministry said.", 5000, "soldiers")]
    public void Words_near_a_count_that_do_not_say_what_it_counts(string language, string text, double value, string? unit)
    {
        var claims = Claims(language, text).Where(c => c.Quantity?.Low == (decimal)value).ToList();

        if (unit is null) Assert.Empty(claims);
        else Assert.Equal(unit, Assert.Single(claims).Unit);
    }

    [Fact]
    public void People_still_being_held_are_captured()
    {
        var claims = Claims("en", "The ombudsman said that thousands of civilians were still being held in occupied areas.");

        var claim = Assert.Single(claims, c => c.Quantity?.Low == 2000);
        Assert.Equal("captured", claim.Unit);
    }

    [Fact]
    public void A_sentence_opening_with_a_preposition_leans_on_the_source_before()
    {
        var claims = Claims("de", "Die Gesundheitsbehörde in Gaza meldete am Mittwoch 35 Tote. Binnen zwei Tagen seien 61 Menschen getötet worden, hieß es.");

        var claim = Assert.Single(claims, c => c.Quantity?.Value == 61);
        Assert.Equal("Gaza health ministry", claim.Source!.Name);
    }

    [Fact]
    public void Arriving_at_a_figure_in_a_study_is_an_estimate_of_who_made_it()
    {
        var claims = Claims("de", "Die Denkfabrik CSIS war in einer neuen Studie auf rund 400.000 russische Verluste gekommen.");

        var claim = Assert.Single(claims, c => c.Quantity?.Value == 400000);
        Assert.Equal("CSIS", claim.Source!.Name);
        Assert.Equal("casualties", claim.Unit);
    }

    [Theory]
    // the Tuesday of the week before a Thursday, 12 June
    [InlineData("de", "Die Regierung in Kiew hatte am Dienstag vergangener Woche 120 Gefangene gemeldet.", 120, "2025-06-03")]
    [InlineData("en", "Ukraine's ombudsman said on Monday of last week that 120 prisoners had returned.", 120, "2025-06-02")]
    // a month between the verb of saying and "that" is when it was said
    [InlineData("en", "The HUR chief said in a television interview last month that Russia had fired 400 drones.", 400, "2025-05")]
    // the day next to the verb of saying, not the day of what happened inside the reported clause
    [InlineData("de", "Am Dienstag teilte die Militärverwaltung mit, bei dem Angriff seien am Montag fünf Menschen getötet worden.", 5, "2025-06-10")]
    // the date of the source's own report
    [InlineData("de", "Bei Kämpfen im Januar 2024 wurden nach einem Bericht des UN-Menschenrechtsbüros vom März 2025 mindestens 90 Zivilisten getötet.", 90, "2025-03")]
    [InlineData("de", "Laut einem Bericht von UN-Experten aus dem vergangenen März kämpfen rund 4000 Söldner in der Region.", 4000, "2025-03")]
    // a date naming an attack, or when a war began, is not when anyone spoke (published Thursday 2025-06-12)
    [InlineData("en", "A further 40 soldiers were wounded in the June 9 attack, navy spokesman Dmytro Pletenchuk said.", 40, "2025-06-12")]
    [InlineData("en", "The war, which began in April 2023, has driven some 9 million people from their homes, according to the UN.", 9_000_000, "2025-06-12")]
    // a verb whose object is the figure keeps the month of its statement; "vor einem Jahr", "a week ago"
    [InlineData("de", "Das Ministerium bezifferte die Zahl der Soldaten an der Grenze im Januar auf etwa 90.000.", 90000, "2025-01")]
    [InlineData("de", "Der Minister hatte vor einem Jahr angekündigt, die Armee auf 1,5 Millionen Mann zu vergrößern.", 1_500_000, "2024-06")]
    [InlineData("en", "US officials said a week ago that more than 70,000 troops were at the border.", 70000, "2025-06-05")]
    // a sentence that only gives the day dates the undated one after it
    [InlineData("de", "Am 2. Juni meldete der Geheimdienst 1500 Soldaten. Fünf Tage später legte der Dienst nach. Abgeordnete berichteten, bereits 3000 Soldaten seien im Land.", 3000, "2025-06-07")]
    // "last year" gives only the year; "Ende 2023 … nach seinen Worten" dates the figure given for it
    [InlineData("en", "The White House said last year that Iran had provided Russia with more than 400 drones.", 400, "2024")]
    [InlineData("de", "Putin hatte im Juni 2024 von 700.000 Soldaten gesprochen, Ende 2023 waren es nach seinen Worten noch 617.000 gewesen.", 617000, "2023-12")]
    // "Diese Zahl nannte Selenskyj im Juni": the sentence after the figure names who said it and when
    [InlineData("de", "Die russische Armee hat rund 695.000 Soldaten in der Ukraine im Einsatz. Diese Zahl nannte Selenskyj im Mai.", 695000, "2025-05")]
    // seasons and feasts: "in the spring" is its first month, "kurz vor Weihnachten" December, the last ones before publication
    [InlineData("en", "Tom Perriello, the US special envoy for Sudan, told senators in the spring that 15,000 people had been killed in Sudan.", 15000, "2025-03")]
    [InlineData("de", "Selenskyj hatte kurz vor Weihnachten von mehr als 3000 getöteten oder verletzten Nordkoreanern gesprochen.", 3000, "2024-12")]
    // "he added" continues the statement of the sentence before and keeps its day
    [InlineData("en", "Tom Perriello, the US special envoy, told senators in March that 15,000 people had been killed in Sudan. Some estimates, he added, put the toll as high as 150,000.", 150000, "2025-03")]
    [InlineData("de", "Der Gesandte sagte im März, 15.000 Menschen seien im Sudan getötet worden. Manche Schätzungen lägen bei 150.000, fügte er hinzu.", 150000, "2025-03")]
    // a statement dated by the event told before ("shortly after the strike", "said that day"), published Thursday 2025-06-12
    [InlineData("en", "A Russian missile hit the station on Sunday. Shortly after the strike, the mayor said 14 people had been killed.", 14, "2025-06-08")]
    [InlineData("en", "The bridge was hit by a blast on Tuesday. Two people were killed, the investigators said that day.", 2, "2025-06-10")]
    [InlineData("de", "Am Montag schlug eine Rakete im Bahnhof ein. Kurz nach dem Einschlag meldete die Bahn etwa 20 Tote.", 20, "2025-06-09")]
    // "later that night", "am selben Abend": still the day named before, and the time words between a subject and its verb
    [InlineData("en", "On Sunday the health ministry reported nine dead. Hospital officials later that evening counted at least 40 injured.", 40, "2025-06-08")]
    [InlineData("de", "Am Sonntag meldete das Ministerium sechs Tote. Am selben Abend sprach der Gouverneur von 25 Verletzten.", 25, "2025-06-08")]
    // "wenige Stunden später" counts from the day its own sentence gave, not from a statement before
    [InlineData("de", "Das meldete das Ministerium am Mittwoch. Am Dienstagabend hatte das Ministerium zunächst von zwei Toten gesprochen, wenige Stunden später von fünf Toten.", 5, "2025-06-10")]
    // a "since" before a colon does not reach into the clause after it
    [InlineData("de", "Er folgte auf die schwersten Angriffe seit Kriegsbeginn: Vorgestern hatte Russland nach Angaben der Luftwaffe 110 Raketen abgefeuert.", 110, "2025-06-10")]
    // a figure dated by the earlier report it comes from
    [InlineData("en", "The agency said about 1,500 North Korean soldiers had been killed, up from at least 400 in its March assessment.", 400, "2025-03")]
    // a past date opening the sentence with "by" is when the tally was given
    [InlineData("en", "The foreign minister said 200 Nepalis were serving. By March 2025 the ministry in Kathmandu had confirmed 19 deaths.", 19, "2025-03")]
    // a source speaking in the present speaks as the article is written; the month belongs to the agreement
    [InlineData("en", "The United States keeps about 2,500 troops in Iraq, the Pentagon says, a number set to shrink under an agreement reached in September.", 2500, "2025-06-12")]
    // a month inside a before-clause dates what happened before, not the statement
    [InlineData("en", "Before Russia invaded Ukraine in February, about 80,000 U.S. troops were stationed in Europe, according to the Pentagon.", 80000, "2025-06-12")]
    // a day fronted before a present-tense speaker is still the statement's
    [InlineData("en", "On Tuesday, the General Staff says 1,200 Russian soldiers were killed in the past day.", 1200, "2025-06-10")]
    // "at the time", "damals", "that day" point back to the time the sentence, or else the article, told before
    [InlineData("en", "Strikes on the port last Sunday killed at least 10 people, the health ministry said at the time.", 10, "2025-06-08")]
    [InlineData("de", "Eigene Verluste nennt Russland seit September 2022 nicht mehr; damals hatte Schoigu von 5937 getöteten Soldaten gesprochen.", 5937, "2022-09")]
    [InlineData("en", "On Dec. 30 Zelenskiy said 189 prisoners had come home. The Russian ministry said that day that 150 of its soldiers had been released.", 150, "2024-12-30")]
    // "last Thursday" in a Thursday paper is a week ago
    [InlineData("en", "The ministry said last Thursday that 40 soldiers had been killed.", 40, "2025-06-05")]
    [InlineData("de", "Das Ministerium hatte am vergangenen Donnerstag 40 Tote gemeldet.", 40, "2025-06-05")]
    // a time of day carrying the story of a day on is that day; "am Morgen" after the verb is the paper's own morning
    [InlineData("en", "A missile hit the city centre on Sunday. By early afternoon the interior minister put the toll at 21 dead.", 21, "2025-06-08")]
    [InlineData("de", "Am Samstag griff die Miliz den Markt an. Am Abend meldete das Gesundheitsministerium mindestens 54 Tote.", 54, "2025-06-07")]
    [InlineData("de", "Am Samstag wurden Gefangene getauscht. Russland habe 298 Drohnen gestartet, erklärte die Luftwaffe am Morgen.", 298, "2025-06-12")]
    // a date right after the verb of saying beats a time the sentence named before it, but not past a comma
    [InlineData("en", "About 400 troops left in January, leaving fewer than 2,000, officials said in March.", 400, "2025-03")]
    [InlineData("de", "Der Minister hatte im Mai 2024 von 5000 Soldaten gesprochen, Ende 2023 waren es noch 4000 gewesen.", 5000, "2024-05")]
    // the time a "when" clause of saying hangs on; a "when" clause without the verb of saying is an event
    [InlineData("en", "The war began on October 7, 2023, when Hamas killed about 1,200 people, Israeli officials said.", 1200, "2025-06-12")]
    [InlineData("en", "The raid answered the attack of April 14, when the army said about 120 drones had been launched.", 120, "2025-04-14")]
    // a year named before "at the time", "nach damaligen Angaben" is when it was said; a bare year is not
    [InlineData("de", "Im Jahr 2015 hatte die Armee nach damaligen Angaben des Verteidigungsministeriums knapp 100.000 Berufssoldaten.", 100000, "2015")]
    [InlineData("en", "In 2019, the army had 90,000 soldiers, the defence ministry said at the time.", 90000, "2019")]
    [InlineData("en", "The army, founded in 2019, has 90,000 soldiers, the defence ministry said at the time.", 90000, "2025-06-12")]
    // another speaker adding to a dated statement spoke then too
    [InlineData("de", "Tusk sagte am Dienstag, die Armee solle auf 500.000 Soldaten wachsen. Verteidigungsminister Kosiniak-Kamysz ergänzte, jährlich sollten 100.000 Freiwillige ausgebildet werden.", 100000, "2025-06-10")]
    // a source's month lends itself to its undated sentence right after it
    [InlineData("de", "Der Vizechef des Militärgeheimdienstes, Wadym Skibizkyj, sagte im Januar, Moskau werbe monatlich 30.000 Soldaten an. Insgesamt stünden etwa 470.000 russische Soldaten in der Ukraine, so Skibizkyj.", 470000, "2025-01")]
    // a date set off after a time counted from an event ("Two days after the invasion, on …") is that time
    [InlineData("en", "Two days after the invasion, on 25 February 2022, Kadyrov told journalists that 70,000 Chechen fighters were ready.", 70000, "2022-02-25")]
    [InlineData("en", "Two days after the invasion began on 24 February 2022, Kadyrov told journalists that 70,000 Chechen fighters were ready.", 70000, "2025-06-12")]
    // an undated statement right after the sentence no one speaks in that dated a recent event was made that day (published
    // Thursday 2025-06-12); not one in the present, nor one that names its own day
    [InlineData("en", "Iran answered on Wednesday with another volley. The Israeli military said about 30 ballistic missiles had been fired.", 30, "2025-06-11")]
    [InlineData("en", "Iran answered on Wednesday with another volley. The Israeli military says about 30 ballistic missiles have been fired.", 30, "2025-06-12")]
    [InlineData("en", "The missiles came down on Wednesday. By Thursday morning 34 people had been confirmed dead, the emergency service said.", 34, "2025-06-12")]
    // a body's standing figure told in the present holds as the article is written, not on the day the body spoke before
    [InlineData("en", "The Pentagon said on Monday that 3,000 sailors had arrived. About 30,000 U.S. troops are stationed across the Middle East, according to Pentagon figures.", 30000, "2025-06-12")]
    // "Ende vergangener Woche", "late last week": the Friday of the week before (published Thursday 2025-06-12)
    [InlineData("de", "Sicherheitskreise hatten der Agentur schon Ende vergangener Woche von 30 Toten berichtet.", 30, "2025-06-06")]
    [InlineData("en", "The army said late last week that 30 soldiers had been killed.", 30, "2025-06-06")]
    [InlineData("en", "The army said last week that 30 soldiers had been killed.", 30, "2025-06-02")]
    // a body the lexicon does not call a person, telling its standing strength in the present, speaks as the article is written
    [InlineData("en", "UNIFIL said on Sunday that two tanks had forced their way into one of its positions. UNIFIL says it has about 10,000 troops in the south.", 10000, "2025-06-12")]
    // "Anfang des Jahres", "early this year": the year's first month
    [InlineData("de", "UN-Experten hatten Anfang des Jahres geschätzt, dass rund 4000 ruandische Soldaten im Osten kämpfen.", 4000, "2025-01")]
    [InlineData("en", "The army said early this year that 4,000 soldiers had left.", 4000, "2025-01")]
    // "am Vorabend", "tags zuvor": the day before the one the article last told
    [InlineData("de", "Die Beobachtungsstelle meldete am Mittwoch 594 Tote. Am Vorabend hatte die Organisation noch von mehr als 350 Toten gesprochen.", 350, "2025-06-10")]
    [InlineData("de", "Die Armee meldete am Mittwoch 40 Tote. Tags zuvor hatte sie von 25 Toten gesprochen.", 25, "2025-06-10")]
    // "By late Thursday morning" opening the sentence is the day the count was given (published Thursday 2025-06-12)
    [InlineData("en", "The drones hit overnight. By late Wednesday morning, the city's military administration had reported 14 dead.", 14, "2025-06-11")]
    // "a day earlier", "zwei Tage zuvor": counted back from the day told before (not "days before the attack")
    [InlineData("en", "The Pentagon said on Tuesday that more than 40 troops had been wounded. Its press secretary had put the figure at 34 a day earlier.", 34, "2025-06-09")]
    [InlineData("de", "Die Armee meldete am Mittwoch 40 Tote. Zwei Tage zuvor hatte sie von 25 Toten gesprochen.", 25, "2025-06-09")]
    // a month right after a speaker named after the verb is when it was said, however long the name; an ordinal's full stop
    // ends no sentence (published 2025-06-12)
    [InlineData("de", "Am Rande der Feiern zum 80. Jahrestag kündigte Frankreichs Präsident Emmanuel Macron im Januar an, Frankreich werde 4500 Soldaten ausbilden.", 4500, "2025-01")]
    // with no one saying it in the sentence, a year's end is when the figure held, not when it was given; a pluperfect's month
    // is when someone acted
    [InlineData("de", "Ende 2024 dienten 181.174 Soldatinnen und Soldaten in der Bundeswehr. Das geht aus dem Jahresbericht der Wehrbeauftragten hervor.", 181174, "2025-06-12")]
    [InlineData("de", "Ruanda schickte im Juni weitere Soldaten, sagte die Armee. Im Juli 2021 hatte Kigali zunächst 1000 Soldaten nach Cabo Delgado entsandt.", 1000, "2021-07")]
    // "by the end of December" is a deadline, not when it was said
    [InlineData("en", "About 2,000 troops are to leave Somalia by the end of December, the AU said.", 2000, "2025-06-12")]
    // a minister's dated statement does not date what his ministry said undated
    [InlineData("en", "Russia's defence ministry said 82 Russian servicemen had been returned. Defence Minister Sergei Shoigu said on June 9 that the armed forces would grow to 1.5 million.", 82, "2025-06-12")]
    public void When_it_was_said(string language, string text, double value, string statedOn)
    {
        var claim = Assert.Single(Claims(language, text), c => c.Quantity?.Value == (decimal)value);

        Assert.Equal(statedOn, claim.StatedOn.Date[..statedOn.Length]);
    }

    [Fact]
    public void A_present_statement_after_a_dated_event_is_the_papers_day()
    {
        var claim = Assert.Single(Claims("de", "Am Mittwoch schlugen Raketen in Odessa ein. Der Gouverneur meldet inzwischen 12 Tote."),
            c => c.Quantity?.Value == 12);

        Assert.Equal("2025-06-12", claim.StatedOn.Date);
    }
}
