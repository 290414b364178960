using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Claims;

/// <summary>Whose people or things a figure counts, read from where the countries stand in the sentence.</summary>
public sealed class ActorGrammarTests
{
    private static readonly DateOnly Published = new(2025, 3, 12);

    [Theory]
    // an adjective on the attack names the attacker; the dead are the speaker's side
    [InlineData("en", "Ukraine's border guard service said on Monday that nine soldiers were killed in a Russian drone attack near the port.", 9, "Ukraine")]
    [InlineData("de", "Die ukrainische Luftwaffe teilte mit, bei einem russischen Raketenangriff seien sieben Soldaten getötet worden.", 7, "Ukraine")]
    // the subject of a clause of its own ("since Israel widened …") did it; the ministry counts its own people
    [InlineData("en", "The Health Ministry in Gaza said 61 people were killed since Israel widened its ground operation.", 61, "Palestinians")]
    // the subject of the reported clause owns what is counted, even when it is the speaker's country
    [InlineData("en", "President Zelensky said on Friday that Ukraine had launched 95 drones at airfields deep inside Russia.", 95, "Ukraine")]
    // people killed with no side named belong to where the war is fought
    [InlineData("en", "Ten years of war in Yemen\n\nThe UN humanitarian office said on Tuesday that 230 people had been killed over the past month.", 230, "Yemen")]
    // refugees belong to the country they fled, not to the one that took them in
    [InlineData("en", "Turkey has registered around 3.1 million refugees from the war in Syria, the UN refugee agency said.", 3_100_000, "Syria")]
    // people named by their nation, once the sentence says what happened to them
    [InlineData("de", "Nach Angaben des Gesundheitsministeriums in Gaza wurden am Montag 32 Palästinenser getötet.", 32, "Palestinians")]
    [InlineData("de", "Nach israelischen Angaben wurden bei dem Anschlag 19 Menschen getötet.", 19, "Israel")]
    // militants no side is named for are the armed group's fighters
    [InlineData("de", "Die Hisbollah feuerte erneut Raketen auf den Norden ab.\n\nDie israelische Armee erklärte, sie habe 40 Militante getötet.", 40, "Hezbollah")]
    // the target of an attack is where people died, and an attacking adjective is no place
    [InlineData("en", "Nine people were killed in the Russian drone and missile attack on Kyiv, officials said.", 9, "Ukraine")]
    [InlineData("de", "Bei dem russischen Angriff auf Kyjiw kamen mindestens sechs Menschen ums Leben, teilte der Bürgermeister mit.", 6, "Ukraine")]
    // an armed group's own fighters are the group's, not its home's
    [InlineData("en", "Gaza was bombed again. Hamas said 20 of its fighters were killed in the raid.", 20, "Hamas")]
    // a mission named as the subject that has or is made of the soldiers owns them, not the country it serves in
    [InlineData("en", "Fighting flared near Juba. The UN mission, UNMISS, has about 17,000 troops in South Sudan, the UN said.", 17000, "UNMISS")]
    [InlineData("de", "Serbien verlegte Truppen an die Grenze. Derzeit umfasst die Kfor rund 4500 Soldaten, teilte die Nato mit.", 4500, "KFOR")]
    // (a mission telling of another side's soldiers does not own them)
    [InlineData("en", "Fighting went on. UNIFIL says Israel has 10,000 soldiers in southern Lebanon.", 10000, "Israel")]
    // whoever killed them ("by a Russian missile", "durch israelische Angriffe") is not whose dead they are, even when the
    // place is named only in a relative clause; a country before "durch" is where the attack struck
    [InlineData("en", "Officials in Kyiv mourned. The number of people killed by a Russian missile that hit a cafe in the Ukrainian town of Izium has risen to 11, the regional police said.", 11, "Ukraine")]
    [InlineData("de", "Nach Angaben des libanesischen Gesundheitsministeriums sind seit Oktober mindestens 2500 Menschen im Libanon durch israelische Angriffe getötet worden.", 2500, "Lebanon")]
    // in the active voice those before the figure did the killing; the toll belongs to where it happened
    [InlineData("de", "Die russische Söldnergruppe hat nach Angaben von Menschenrechtlern mindestens 70 Zivilisten in Mali getötet.", 70, "Mali")]
    // a river's "west bank" in small letters is no country
    [InlineData("en", "Some 30,000 servicemen were pulled out from the west bank of the river, the ministry in Moscow said.", 30000, "Russia")]
    // an army the lexicon has no entry for still counts its own soldiers, whoever was counted before
    [InlineData("de", "Darunter seien 16 Soldaten aus Malawi und neun aus Tansania gewesen, sagte ein Sprecher.\n\nDie südafrikanische Armee meldete damals 14 getötete Soldaten.", 14, "South Africa")]
    // the other side of a fight is not whose soldiers fell
    [InlineData("de", "Acht Soldaten seien bei Gefechten mit der Hisbollah-Miliz getötet worden, teilte die israelische Armee mit.", 8, "Israel")]
    [InlineData("en", "Three soldiers were killed in clashes with Hezbollah, the Israeli military said.", 3, "Israel")]
    // people of no side are named by what they are, not given to the attacker or the speaker; a nationality on them names it
    [InlineData("en", "At least four seafarers have been killed in the Houthi attacks on ships, according to the International Maritime Organization.", 4, "seafarers")]
    // a side opening a later clause after the figure (", and Germany", ", while al-Shabaab") is that clause's subject; not a
    // relative clause on what is counted
    [InlineData("en", "Britain had promised 14 Challenger 2 tanks in mid-January, and Germany agreed to ship Leopards, officials said.", 14, "United Kingdom")]
    [InlineData("en", "Burundi's army said 10 of its soldiers were killed and 25 wounded, while al-Shabaab claimed a far higher toll.", 25, "Burundi")]
    [InlineData("de", "Mitte Oktober hatte Selenskyj von 10.000 Soldaten gesprochen, die Nordkorea für den Einsatz vorbereite.", 10000, "North Korea")]
    // a health ministry named by its capital counts its own country's dead; a region's own authorities are not that country's
    [InlineData("de", "Armenien meldete 200 getötete Soldaten. Bei dem Einsatz seien 192 Soldaten getötet worden, erklärte das Gesundheitsministerium in Baku.", 192, "Azerbaijan")]
    // a country telling of its soldiers killed, after another country's toll
    [InlineData("de", "Südafrika bestätigte den Tod von 13 Soldaten. Malawi meldete drei getötete Soldaten.", 3, "Malawi")]
    // a force named only by what it is opens the reported clause: the speaker's own (not for researchers writing of another's)
    [InlineData("en", "Germany sent tanks. NATO Secretary General Jens Stoltenberg said on Friday that the alliance would have more than 300,000 troops at high readiness.", 300000, "NATO")]
    [InlineData("en", "Germany sent tanks. Russian Defence Minister Sergei Shoigu said in December that the army would grow to 1.5 million troops.", 1500000, "Russia")]
    [InlineData("en", "Myanmar's army is losing ground. Researchers at the United States Institute of Peace estimated last year that the military had about 150,000 personnel.", 150000, "Myanmar")]
    // a country's monitor or media watch and report; they are not whose soldiers were killed
    [InlineData("de", "Die Gruppe JNIM bekannte sich zu dem Angriff auf die Armee von Burkina Faso. In einer Erklärung, die die US-Beobachtungsstelle SITE auswertete, behaupteten die Dschihadisten, 107 Soldaten getötet zu haben.", 107, "Burkina Faso")]
    [InlineData("en", "Three crew members of the bulk carrier were killed, U.S. Central Command said.", 3, "crew")]
    [InlineData("en", "Two Filipino crew members were killed, the U.S. military said.", 2, "Philippines")]
    // losses put at a figure are the losses' owner's, not the speaker's
    [InlineData("en", "Ukraine's General Staff on Thursday put Russia's losses since the invasion at almost 150,000 troops and about 3,400 tanks.", 3400, "Russia")]
    [InlineData("de", "Der ukrainische Generalstab bezifferte die russischen Verluste am Vortag auf 1.100 Soldaten.", 1100, "Russia")]
    // losses in another clause are no owner of the figure
    [InlineData("en", "Despite Ukrainian losses, Russia continued to mass 50,000 troops, the Pentagon said.", 50000, "Russia")]
    // peacekeepers serve their mission, named in the sentence or before it, not the country they are in; blue helmets
    // are the UN's; peacekeepers a country's adjective names stay that country's
    [InlineData("en", "About 2,000 peacekeepers have left South Kivu since January, MONUSCO said in a statement.", 2000, "MONUSCO")]
    [InlineData("en", "UNIFIL has warned of the dangers.\n\nAbout 10,000 peacekeepers are still deployed in southern Lebanon, Lebanon's army said.", 10000, "UNIFIL")]
    [InlineData("de", "Laut UN sind derzeit rund 10.000 Blauhelme im Südlibanon stationiert.", 10000, "United Nations")]
    [InlineData("en", "MONUSCO said 1,000 Kenyan peacekeepers would stay in Congo.", 1000, "Kenya")]
    [InlineData("en", "Kenya's 1,000 peacekeepers will stay, MONUSCO said.", 1000, "Kenya")]
    // who has the forces: an alliance, a mission or an armed group as the subject of "has", "verfügt über"
    [InlineData("en", "Biden spoke first. The current NATO Response Force has about 40,000 troops, Stoltenberg added.", 40000, "NATO")]
    [InlineData("en", "Israel ordered the peacekeepers to leave. UNIFIL says it has about 10,000 troops in southern Lebanon.", 10000, "UNIFIL")]
    [InlineData("de", "Die Junta verlor Lashio. Nach Angaben des Instituts ISP verfügt die MNDAA über rund 8000 Kämpfer.", 8000, "MNDAA")]
    [InlineData("en", "A UN panel reported on the Houthis. In its report, the panel said the group had about 30,000 fighters in 2015, the year a Saudi-led coalition intervened.", 30000, "Houthis")]
    [InlineData("de", "Die Zeitung berichtete, 189 verwundete Südafrikaner sollten über Ruanda ausgeflogen werden.", 189, "South Africa")]
    // ", killing four soldiers": what struck did the killing; the dead are the other side's
    [InlineData("en", "A Hezbollah drone struck an army training base near Binyamina, killing four soldiers, the Israeli military said.", 4, "Israel")]
    [InlineData("en", "A Russian missile hit the square in Kharkiv, killing 12 people and wounding 40, the governor said.", 12, "Ukraine")]
    // the side written on the troops beats who has them
    [InlineData("en", "Germany has about 35,000 U.S. troops, the Pentagon said.", 35000, "United States")]
    // a place whose name opens with a particle in small letters is still the place
    [InlineData("de", "In al-Faschir wurden 40 Menschen getötet, teilte die Armee mit.", 40, "Sudan")]
    // the speaker's short name in brackets is the speaker; government soldiers are the government's
    [InlineData("en", "China brokered talks. The Myanmar National Democratic Alliance Army (MNDAA), an armed group, said 2,389 government soldiers had surrendered.", 2389, "Myanmar")]
    // countries beyond the big conflicts, in the genitive too
    [InlineData("de", "Malawis Regierung bestätigte den Tod von drei eigenen Soldaten.", 3, "Malawi")]
    [InlineData("en", "Ireland, which has some 370 soldiers in the mission, said on Monday the demands were unacceptable.", 370, "Ireland")]
    // troops no side is named for are the speaker's own
    [InlineData("en", "Belarus said about 8,000 troops would join the drills next month.", 8000, "Belarus")]
    // a country outside the conflicts the engine started with
    [InlineData("de", "Rund 25 Soldaten seien bei einem Überfall im Norden des Landes getötet worden, teilte die nigrische Armee mit.", 25, "Niger")]
    // the subject whose verb takes the figure as object sends or holds what is counted, even when its own officials speak
    [InlineData("en", "Japan sent 120 troops to the exercise, according to the Japanese defense ministry.", 120, "Japan")]
    [InlineData("en", "Finland, which joined NATO last year, has moved about 2,000 soldiers to its eastern border, Finnish officials said.", 2000, "Finland")]
    [InlineData("de", "Litauen hat rund 3000 Soldaten an die Grenze verlegt, wie das litauische Verteidigungsministerium mitteilte.", 3000, "Lithuania")]
    // a dateline before the verb is no subject: "KYIV, July 9 — Russia launched …, along with 13 missiles"
    [InlineData("en", "KYIV, May 4 — Russia launched 300 drones overnight, along with 12 missiles, the Ukrainian air force said.", 12, "Russia")]
    // people killed with no side named died where the article last placed what happened
    [InlineData("de", "Schwere Angriffe auf Charkiw\n\nDie Stadt wurde in der Nacht von Drohnen getroffen. In der Innenstadt starben laut der Gebietsverwaltung vier Menschen.", 4, "Ukraine")]
    // a place after the next figure of another clause belongs to that one
    [InlineData("de", "Der Angriff auf Israel\n\nDabei wurden nach israelischen Angaben rund 800 Menschen getötet und etwa 90 als Geiseln in den Gazastreifen verschleppt.", 800, "Israel")]
    // whoever launches weapons owns them; "45 of 60 drones" counts drones
    [InlineData("en", "Ukraine's air force said it had shot down 45 of 60 drones launched by Russia overnight.", 45, "Russia")]
    [InlineData("de", "Die Luftwaffe meldete, von 80 Drohnen, die von Russland gestartet wurden, seien 70 abgeschossen worden.", 70, "Russia")]
    // a verb after a fronted source ends the source's phrase: the country after it lost the soldiers
    [InlineData("de", "Nach Angaben des ukrainischen Generalstabs verlor Russland binnen 24 Stunden 1.200 Soldaten.", 1200, "Russia")]
    // an army's soldiers with no side named are its own, whatever the article counted before
    [InlineData("en", "Gaza's health ministry said 54 Palestinians had been killed.\n\nThe Israeli military said two soldiers were killed in southern Gaza on Tuesday.", 2, "Israel")]
    // weapons that a pronoun for the speaker fired are the speaker's
    [InlineData("en", "Yemen's Houthi rebels said they had fired 12 missiles at a cargo ship in the Red Sea.", 12, "Houthis")]
    [InlineData("de", "Die russische Armee meldete 20 Tote.\n\nDie ukrainische Armee erklärte, sie habe in der Nacht 90 Drohnen auf Ziele in Russland gestartet.", 90, "Ukraine")]
    // a possessive on what is counted makes them the speaker's own
    [InlineData("en", "Russia fired 40 missiles at Kyiv, officials said.\n\nUkraine says about 45,000 of its soldiers have been killed.", 45000, "Ukraine")]
    [InlineData("de", "Russland verlor nach Kiewer Angaben 1000 Soldaten.\n\nKiew hatte die Zahl der eigenen Gefallenen im Februar mit 46.000 angegeben.", 46000, "Ukraine")]
    // "auf armenischer Seite", "on the Ukrainian side" names whose people are counted, whatever was counted before
    [InlineData("de", "Die Regierung in Baku meldete 90 getötete Soldaten.\n\nDer Ombudsmann hatte von mindestens 120 Toten auf armenischer Seite gesprochen.", 120, "Armenia")]
    [InlineData("en", "Baku said 90 of its soldiers had been killed.\n\nThe ombudsman spoke of at least 120 dead on the Armenian side.", 120, "Armenia")]
    // people counted with no side or place named anywhere in the article are named by the noun that counts them
    [InlineData("de", "Nach Angaben der Beobachtungsstelle wurden bei den Unruhen 210 Zivilisten getötet.", 210, "Zivilisten")]
    [InlineData("en", "A monitoring group said 85 civilians were killed in the clashes.", 85, "civilians")]
    // with no side named at the figure, the people belong to the country whose places the article names most
    [InlineData("de", "Raketenangriff auf Slowjansk\n\nDie Behörden in der ostukrainischen Stadt meldeten am Abend Schäden.\n\nNach Angaben des Bürgermeisters wurden elf Menschen getötet.", 11, "Ukraine")]
    [InlineData("en", "Shelling in Darfur\n\nHeavy fighting continued around El Fasher.\n\nA local aid group said 40 people had been killed since Sunday.", 40, "Sudan")]
    // refugees belong to the country they left, not the one they fled into
    [InlineData("de", "Krieg in Tigray\n\nNach Angaben des UNHCR flohen etwa 45.000 Menschen über die Grenze in den Sudan.", 45000, "Ethiopia")]
    // the subject of a clause opened by "while" owns its figure; a country inside a name or after "told" is not counted
    [InlineData("en", "Putin said Ukraine had lost 200 tanks, while Russia had lost 40 tanks.", 40, "Russia")]
    [InlineData("en", "Strikes on Sevastopol\n\nAdmiral Oleksiy Neizhpapa told Voice of America that 12 sailors had been killed in the strike on Russia's fleet headquarters.", 12, "Russia")]
    // "ihrer Kämpfer" points back to the party named before it, not to the speaker
    [InlineData("de", "Israel habe der Hisbollah schwere Schläge versetzt und 2.000 ihrer Kämpfer getötet, sagte der Minister.", 2000, "Hezbollah")]
    // hostages belong to the side they were taken from, not to where they are held
    [InlineData("de", "Noch 94 israelische Geiseln sind im Gazastreifen, wie das Büro des Ministerpräsidenten mitteilte.", 94, "Israel")]
    // weapons a side shot down, with no side named, belong to the other side the article names; victims of an attack
    // whose weapons were counted before are not the attacker's people
    [InlineData("de", "Drohnenangriff auf Moskau\n\nDie Ukraine bestreitet jede Beteiligung. Die Ukraine schweigt.\n\nMoskaus Bürgermeister Sergej Sobjanin schrieb, 74 Drohnen seien auf dem Anflug auf die Stadt abgewehrt worden.", 74, "Ukraine")]
    [InlineData("de", "Angriff auf Kiew\n\nRussland feuerte nach Angaben der ukrainischen Luftwaffe 127 Raketen ab.\n\nNach Angaben des Zivilschutzes in Kiew kamen mindestens sieben Menschen ums Leben.", 7, "Ukraine")]
    // whoever shoots weapons down did not fire them
    [InlineData("en", "Houthis target shipping again\n\nUS and British warships shot down 21 drones over the Red Sea, the Houthis' latest barrage, CENTCOM said.", 21, "Houthis")]
    // soldiers no side is named for belong to the country the article is about
    [InlineData("en", "Myanmar's junta extends its conscription drive\n\nAbout 5,000 people will be called up every month, a military spokesman said.", 5000, "Myanmar")]
    // the later names of a list share its preposition: they are destinations, the sender's troops are counted
    [InlineData("de", "Das US-Verteidigungsministerium kündigte an, rund 2000 Soldaten nach Litauen, Estland und Lettland zu verlegen.", 2000, "United States")]
    // a country that counted or registered shipments is who watches; what was shipped is the sender's
    [InlineData("de", "Seoul habe etwa 7000 Container gezählt, die von Nordkorea nach Russland verschifft worden seien, sagte der südkoreanische Verteidigungsminister.", 7000, "North Korea")]
    // in exchanges the side holding or handing over prisoners or the dead is not whose people they are
    [InlineData("de", "Die Ukraine hat 190 Soldaten aus russischer Gefangenschaft zurückgeholt, teilte Selenskyj mit.", 190, "Ukraine")]
    [InlineData("en", "Ukraine received the bodies of 900 soldiers from Russia on Friday, officials said.", 900, "Ukraine")]
    [InlineData("en", "Ukraine received 900 bodies on Friday, officials in Kyiv said.\n\nVladimir Medinsky said Russia had handed over 2,100 bodies in total.", 2100, "Ukraine")]
    // a country opening the clause of the figure is its subject, even when a source of that country was named before
    [InlineData("de", "Der litauische Verteidigungsminister sprach von 300 russischen Soldaten an der Grenze. Litauen reagierte mit der Entsendung von rund 500 Soldaten an die Grenze.", 500, "Lithuania")]
    // the adjective of a war names who wages it, not whose people came home
    [InlineData("de", "Die Ukraine hat seit Beginn des russischen Angriffskriegs 2800 Soldaten zurückgeholt, sagte der Ombudsmann.", 2800, "Ukraine")]
    // troops sent abroad with no side named are the speaker's, not the last side counted
    [InlineData("de", "Russland hat 30.000 Soldaten nach Belarus verlegt, sagte Stoltenberg. Das Pentagon kündigte an, rund 3000 zusätzliche Soldaten nach Polen und Rumänien zu schicken.", 3000, "United States")]
    // "auf israelischer Seite" names whose people fled, whatever was counted before
    [InlineData("de", "Im Libanon flohen 900.000 Menschen, teilte die UN mit. Auf israelischer Seite mussten nach Regierungsangaben ca. 60.000 Menschen ihre Häuser verlassen.", 60000, "Israel")]
    // call-ups, contracts and the army's target strength are the speaker's own forces, whatever side was counted before
    [InlineData("de", "Putin sprach von 380.000 ukrainischen Soldaten. In diesem Jahr hätten zudem 486.000 Männer einen Vertrag mit den Streitkräften unterschrieben, sagte Putin.", 486000, "Russia")]
    // "in und um die Ukraine", "over the Moscow region": places, not the owner
    [InlineData("de", "US-Botschafter Michael Carpenter sagte, Russland habe in und um die Ukraine vermutlich 169.000 Soldaten zusammengezogen.", 169000, "Russia")]
    // a plan to move one's own troops ("wolle man … verlegen")
    [InlineData("de", "Israel zieht 3000 Soldaten ab. Bis Ende Januar wolle man rund 5.000 Soldaten in das Grenzgebiet verlegen, sagte Regierungschef Nadschib Mikati.", 5000, "Lebanon")]
    // "of its" right after the number reaches over a model name to the noun
    [InlineData("en", "Germany will send ten Leopard tanks, Berlin said. Poland has said it is ready to send 14 of its older Leopard 2A4 tanks.", 14, "Poland")]
    // a list shot down after the verb: the later items were shot down too
    [InlineData("en", "The Houthis fired again.\n\nOn Tuesday, U.S. and British warships shot down 18 drones, two anti-ship cruise missiles and a ballistic missile, CENTCOM said.", 2, "Houthis")]
    // a foreign mediator does not speak for his own country's dead; the war's place does
    [InlineData("de", "Der Krieg in Tigray\n\nDer Vermittler der Afrikanischen Union, Nigerias früherer Präsident Olusegun Obasanjo, geht von bis zu 600.000 Toten in Tigray aus.", 600000, "Ethiopia")]
    // "the streets of Goma": a place named as part of another is where people died
    [InlineData("en", "At least 900 bodies have been recovered from the streets of Goma, the UN said.", 900, "DR Congo")]
    // "another 1,000": more of the side counted just before
    [InlineData("en", "According to the NIS, nearly 10,000 North Korean troops are stationed near the border between Russia and Ukraine, and another 1,000 military engineers are clearing mines.", 1000, "North Korea")]
    // a country in the title set off after a speaker's name is the speaker's, not whose dead are counted
    [InlineData("en", "The war in Sudan\n\nTom Perriello, the US special envoy, told senators that 15,000 people had been killed.", 15000, "Sudan")]
    // "the group" that fired is the speaker's group
    [InlineData("en", "British warships shot down drones.\n\nHouthi military spokesman Yahya Saree said the group had hit the ship with six cruise and ballistic missiles.", 6, "Houthis")]
    // in an exchange the side receiving bodies gets its own dead back, whoever speaks
    [InlineData("en", "Russian lawmaker Shamsail Saraliyev said Moscow had received 24 bodies in return.", 24, "Russia")]
    // the side weapons were fired at is not who fired them
    [InlineData("en", "The Kremlin spoke of precision strikes.\n\nRussia's defence ministry said three Iskander missiles fired at the Ukrainian city of Dnipro had hit a barracks.", 3, "Russia")]
    // who controls the ministry that speaks is not whose dead it counts; a health ministry counts its own country's dead
    [InlineData("de", "Israel meldete 40 Verletzte. Das von der Hamas kontrollierte Gesundheitsministerium in Gaza meldete am Abend 210 Tote.", 210, "Palestinians")]
    // people back from a side's captivity are the other side's
    [InlineData("de", "Die Ukraine hat am Freitag 150 ihrer Bürger aus russischer Gefangenschaft zurückbekommen, teilte Präsident Selenskyj mit.", 150, "Ukraine")]
    // a toll of people killed, with no soldiers named, belongs to where they died, not to the attacker
    [InlineData("en", "The number of people killed when Russian glide bombs hit a market in Kharkiv has risen to 11, the governor said.", 11, "Ukraine")]
    // the people an occupation authority counts are those of the occupied land
    [InlineData("de", "Die Ukraine meldete 20 Tote in Cherson. Der von Moskau eingesetzte Verwaltungschef Wladimir Saldo bezifferte die Zahl der Toten am linken Ufer gestern auf fünf.", 5, "Ukraine")]
    // a dateline naming both sides' cities says nothing of whose people were hit; the place in the sentence does
    [InlineData("de", "Israel greift den Hafen an\n\nSanaa/Tel Aviv (dpa) - Die Zahl der Todesopfer nach israelischen Luftangriffen auf die Hafenstadt Hudaida ist auf sieben gestiegen, teilte das Gesundheitsministerium mit.", 7, "Yemen")]
    // people a side held or handed back, with no side named for them, are its enemy's
    [InlineData("de", "Russland und die Ukraine tauschten erneut Gefangene aus. Präsident Selenskyj sprach von 190 Kämpfern, die aus russischer Gefangenschaft nach Hause gekommen seien.", 190, "Ukraine")]
    [InlineData("en", "Ukraine and Russia exchanged the dead again. Vladimir Medinsky, the Kremlin aide who leads Moscow's delegation, said Russia had handed over 1,200 bodies.", 1200, "Ukraine")]
    // an army calls up its own country's men; the speaker's side follows the speaker named after the figure, not one carried
    [InlineData("de", "Die Lage\n\nInnerhalb von 48 Stunden hat die israelische Armee 200.000 Reservisten einberufen. Das sagte ein Armeesprecher am Montag.", 200000, "Israel")]
    [InlineData("de", "Die Lage\n\nIm Gazastreifen steigt die Zahl der Toten nach palästinensischen Angaben weiter.\n\nInnerhalb von 48 Stunden hat die israelische Armee 200.000 Reservisten einberufen. Das sagte Armeesprecher Daniel Hagari am Montag.", 200000, "Israel")]
    // weapons a speaker delivers are its own until they arrive
    [InlineData("de", "Die EU-Staaten hatten zugesagt, binnen eines Jahres eine Million Artilleriegeschosse an Kiew zu liefern.", 1_000_000, "European Union")]
    // a force's strength with no side named is the speaker's own, not the side counted before
    [InlineData("en", "Russia has about 600,000 troops in Ukraine, officials say. Defence Minister Rustem Umerov said the armed forces had grown to more than 800,000.", 800000, "Ukraine")]
    // fighters named by no nation are the side's they fight for; fighters a nation sends stay that nation's
    [InlineData("en", "The ministry said on Thursday that 13,387 foreign fighters from dozens of countries had come to fight for Kyiv.", 13387, "Ukraine")]
    [InlineData("en", "North Korea is readying some 10,000 soldiers to fight for Russia, Zelensky said.", 10000, "North Korea")]
    // groups the lexicon knows that have fighters; a group named in a description of another is not the one counted
    [InlineData("en", "Al-Shabaab, the group the mission is meant to fight, still has about 9,000 fighters, UN monitors said.", 9000, "al-Shabaab")]
    [InlineData("de", "Die Gruppe JNIM, die dem Netzwerk Al-Kaida nahesteht, verfügt nach Schätzungen von UN-Experten über 6000 Kämpfer.", 6000, "JNIM")]
    [InlineData("en", "JNIM, al Qaeda's affiliate in the Sahel, has about 6,000 fighters, UN experts said.", 6000, "JNIM")]
    // soldiers no side is named for serve the army the article named first, not the side an earlier aside counted
    [InlineData("de", "Die jordanische Armee rückt an die Grenze vor\n\nDie Armee verstärkt ihre Posten, während sich die syrischen Truppen zurückziehen.\n\nDerzeit stehen nach Informationen der Zeitung \"Al-Ghad\" rund 2500 Soldaten an der Grenze.", 2500, "Jordan")]
    // soldiers an army or a head of state says are kept, pulled out or drilled, with no other side named, are its own;
    // soldiers it says were sent stay the side counted before
    [InlineData("en", "Some 2,000 Russian soldiers arrived in Bamako, officials said. The French military said about 400 soldiers had been based near the capital.", 400, "France")]
    [InlineData("de", "Rund 2000 russische Soldaten trafen nach Angaben der Regierung ein. Nach Angaben des französischen Generalstabs verließen rund 1500 Soldaten das Land.", 1500, "France")]
    [InlineData("en", "Some 3,000 North Korean soldiers reached the front, officials said. South Korea's Joint Chiefs of Staff said about 11,000 soldiers had been sent.", 11000, "North Korea")]
    // in German the subject may follow the verb when a source opens the sentence; whom things are given to does not own them
    [InlineData("de", "Nach Angaben des ukrainischen Generalstabs hat Russland seit Beginn der Invasion 3177 Kampfpanzer verloren.", 3177, "Russia")]
    [InlineData("de", "Russland hat die Ukraine am Montag laut Luftwaffe mit 38 Raketen angegriffen.", 38, "Russia")]
    [InlineData("de", "Die Bundesregierung wird der Ukraine 14 Kampfpanzer vom Typ Leopard 2A6 überlassen, sagte Regierungssprecher Hebestreit.", 14, "Germany")]
    [InlineData("en", "Germany will give Ukraine 14 Leopard tanks, government spokesman Steffen Hebestreit said.", 14, "Germany")]
    // "the group still has", "die Organisation verfüge über … Kämpfer": the armed group named before holds the fighters; so does a name
    // before "still has"
    [InlineData("en", "Hamas fired rockets. Israeli military officials have estimated that the group still has about 20,000 fighters.", 20000, "Hamas")]
    [InlineData("de", "Die Hisbollah feuerte Raketen ab. Nasrallah hatte 2021 behauptet, die Organisation verfüge über 100.000 Kämpfer.", 100000, "Hezbollah")]
    [InlineData("en", "Hamas still has 20,000 fighters, Israeli officials said.", 20000, "Hamas")]
    // "der Iran" before the figure is the subject when nothing is given
    [InlineData("de", "Am Samstag feuerte der Iran laut Armee 300 Drohnen auf Israel ab.", 300, "Iran")]
    // where a speaker sits is not where the dead fell
    [InlineData("de", "Kämpfe in Suwaida\n\nMehr als 300 Zivilisten seien getötet worden, teilte die in Großbritannien ansässige Beobachtungsstelle für Menschenrechte mit.", 300, "Syria")]
    // a second figure coordinated after "mit" is the attacker's too; part of the weapons counted before ("102 der Raketen") is
    // the firing side's, whoever destroyed them; a bare toll after the weapons of the attack is the attacked side's
    [InlineData("de", "Russland hat die Ukraine am Montag laut Luftwaffe mit 127 Raketen und 109 Kampfdrohnen angegriffen.", 109, "Russia")]
    [InlineData("de", "Russland hat die Ukraine laut Luftwaffe mit 127 Raketen angegriffen. Die ukrainische Flugabwehr habe 102 der Raketen zerstört, schrieb Luftwaffenchef Oleschtschuk.", 102, "Russia")]
    [InlineData("en", "Russia fired 40 missiles at Ukraine overnight, the air force said. Ukrainian air defences destroyed 35 of the missiles, according to Zelensky.", 35, "Russia")]
    [InlineData("en", "Russia launched 598 drones at Kyiv overnight, Ukraine's air force said. By late Thursday morning, the city's military administration had reported 14 dead.", 14, "Ukraine")]
    // weapons shot down are the side's that fired that kind (or any kind) of weapon before, not the speaker's ally the article
    // names most
    [InlineData("en", "Iran launched more than 300 drones and missiles at Israel overnight, the Israeli military said. Israel and Israel's allies shot down most of them. Two US officials said American forces had shot down at least three ballistic missiles.", 3, "Iran")]
    [InlineData("en", "Russia fired 40 drones at Ukraine overnight, the air force said. Kyiv's allies praised Ukraine. In November, the defence ministry in Moscow said it had downed 34 drones over Moscow.", 34, "Ukraine")]
    // weapons delivered are not weapons fired: who sent them is not who fired those shot down later
    [InlineData("en", "The United States has sent Ukraine more than 2,000 Stinger missiles, the Pentagon said. Russia fired 50 missiles at Kyiv on Monday, Ukraine's air force said. It said 20 missiles were shot down.", 20, "Russia")]
    // people a country's war drove out belong to that country
    [InlineData("en", "Israeli jets struck Sanaa. Yemen's war has displaced about 4.5 million people, according to the United Nations.", 4_500_000, "Yemen")]
    // where weapons were made is not who fired them; weapons fired in the passive are fired at the speaker's side
    [InlineData("en", "Russia launched 31 Iranian-made Shahed drones overnight, Ukraine's air force said.", 31, "Russia")]
    [InlineData("en", "Russia pounded the power grid again. The Ukrainian air force said more than 90 cruise missiles had been launched overnight.", 90, "Russia")]
    [InlineData("de", "Russland griff am Montag Krementschuk an. Abgefeuert wurden nach Angaben der ukrainischen Luftwaffe zwei Marschflugkörper.", 2, "Russia")]
    [InlineData("en", "Nearly one million Gazans have fled their homes, according to the United Nations.", 1_000_000, "Palestinians")]
    // other journalists are still of no side
    [InlineData("de", "Zudem seien zwei weitere Journalisten getötet worden, sagte die Polizei.", 2, "journalists")]
    // a country's German genitive ("Kolumbiens") names it; the neighbour across a border is not the side counted
    [InlineData("de", "Im Nordosten Kolumbiens sind nach Angaben der Armee 5000 Soldaten im Einsatz.", 5000, "Colombia")]
    [InlineData("de", "Kämpfe an der Grenze zu Venezuela\n\nNach Angaben der Streitkräfte sind dort inzwischen rund 5000 Soldaten im Einsatz.", 5000, null)]
    // a force named by its side that suffered or lost the figure
    [InlineData("de", "Kiew meldete 300 Tote. Die russische Armee habe bei ihrer Offensive auf die Stadt seit Oktober rund 47.000 Soldaten verloren, sagte er im Fernsehen.", 47000, "Russia")]
    [InlineData("en", "Russia lost many troops, officials said. The Ukrainian military had probably suffered about 100,000 casualties as well, he said in New York.", 100_000, "Ukraine")]
    // the side named outright ("auf amerikanischer Seite") beats the side counted before
    [InlineData("de", "Mexiko schickt 10.000 Soldaten an die Grenze, sagte Sheinbaum. Auf amerikanischer Seite hatte das Pentagon angekündigt, 1500 zusätzliche Soldaten an die Südgrenze zu verlegen.", 1500, "United States")]
    // weapons striking where the speaker stands came from the other side, whoever was counted before
    [InlineData("de", "In der Ukraine starben 25 Menschen, sagte der Gouverneur. Landesweit seien am Mittwoch acht Marschflugkörper eingeschlagen, sagte ein Sprecher der ukrainischen Luftwaffe. Moskau sprach von einem Militärzug in Russland.", 8, "Russia")]
    [InlineData("en", "In Ukraine, 50 people were killed, officials said. Two ballistic missiles hit the site shortly after the alert began, Ukraine's defence ministry said. Moscow said it had struck a military target in Ukraine.", 2, "Russia")]
    // the armed forces a defence minister speaks of are his own, whoever was counted before
    [InlineData("en", "Ukraine brought home 140 of its soldiers, Kyiv said. Defence Minister Sergei Shoigu said the armed forces would grow to 1.5 million service personnel.", 1_500_000, "Russia")]
    // a compass part of a country is in that country
    [InlineData("de", "In der Zentralukraine wurden nach Angaben des Gouverneurs fünf Menschen getötet.", 5, "Ukraine")]
    // others of those counted before are of their side, not a ship's crew of no side
    [InlineData("en", "The Russian defence ministry spoke of the cruiser. One serviceman was killed and 27 other crew members are missing, the Russian ministry said.", 27, "Russia")]
    // an air force counts the drones and missiles flown at its own country
    [InlineData("de", "Russland überzog die Ukraine erneut mit Luftangriffen. Die ukrainische Luftwaffe registrierte nach eigenen Angaben 120 Drohnen.", 120, "Russia")]
    [InlineData("en", "Russia launched another overnight attack on Ukraine. Ukraine's air force counted 90 drones and 12 missiles.", 12, "Russia")]
    // the side written on other weapons named after the figure is theirs ("britische Marschflugkörper")
    [InlineData("de", "Die Ukraine setzte erneut westliche Waffen gegen Russland ein. Moskau meldete, am Montag seien zehn Raketen auf Belgorod abgefeuert worden, am Mittwoch französische Marschflugkörper auf Woronesch.", 10, "Ukraine")]
    // foes of no named side are named by the word for them, not given the speaker's country
    [InlineData("en", "Prosecutors said on Tuesday that 11 worshippers had died and that four of the gunmen had been shot dead.", 4, "gunmen")]
    [InlineData("de", "Alle zwölf Angreifer seien bei dem Einsatz getötet worden, erklärte ein indischer Polizeisprecher.", 12, "Angreifer")]
    // an adjective before the people counted is no word for foes; an apposition right after the weapons keeps their side
    [InlineData("de", "Maduro kündigte an, mehr als 4,5 Millionen bewaffnete Milizionäre zu mobilisieren.", 4500000, "Venezuela")]
    [InlineData("de", "Die Luftwaffe zählte in der Nacht 40 Flugkörper, russische Drohnen und Raketen, sagte ein Sprecher in Kiew.", 40, "Russia")]
    // an air force's own weapons, held or flown at the enemy, are its own
    [InlineData("en", "Ukraine's air force has only 12 Patriot missiles left, its spokesman said.", 12, "Ukraine")]
    // who did what a time phrase names ("nach dem Aufstand der Wagner-Söldner", "after the Wagner mutiny") is not whose the figure is
    [InlineData("de", "Kurz nach dem Aufstand der Wagner-Söldner meldete Medwedew 185.000 neue Vertragssoldaten.", 185000, "Russia")]
    [InlineData("de", "Seit dem Überfall der Hamas hat die israelische Armee nach eigenen Angaben 360.000 Reservisten einberufen.", 360000, "Israel")]
    [InlineData("en", "Days after the Wagner mutiny, Medvedev spoke of 185,000 new contract soldiers.", 185000, "Russia")]
    public void The_actor_is_whose_people_or_things_are_counted(string language, string text, double value, string? actor)
    {
        var claims = ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims;

        var claim = Assert.Single(claims, c => c.Quantity?.Value == (decimal)value);
        Assert.Equal(actor, claim.Actor?.Name);
    }

    [Theory]
    [InlineData("de", "Selenskyj meldete am Dienstag die Freilassung von 84 Ukrainern.", 84, "captured")]
    [InlineData("en", "Israeli officials said 14 Israelis were wounded by rocket fire.", 14, "wounded")]
    [InlineData("en", "Ukraine's ombudsman said 95 Ukrainian servicemen had returned from Russian captivity.", 95, "captured")]
    // "seien bei einem Überfall im Norden des Landes getötet worden": what happened stands far after the noun
    [InlineData("de", "Rund 25 Soldaten seien bei einem Überfall im Norden des Landes getötet worden, teilte die nigrische Armee mit.", 25, "killed")]
    // "two more Filipinos": more of a nation
    [InlineData("en", "The ministry said one sailor was killed and that two more Filipinos were badly injured.", 2, "wounded")]
    public void A_nation_counted_takes_what_happened_to_them_as_unit(string language, string text, double value, string unit)
    {
        var claims = ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims;

        var claim = Assert.Single(claims, c => c.Quantity?.Value == (decimal)value);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    // a country's media or monitor told of it, or passing it on, are not whose people were counted
    [InlineData("de", "Eine Militärquelle sprach gegenüber der chinesischen Agentur Xinhua von etwa zehn getöteten Soldaten.", 10, "China")]
    [InlineData("de", "Eine Militärquelle sprach von etwa zehn getöteten Soldaten, berichtete die chinesische Agentur Xinhua.", 10, "China")]
    // a country telling of the enemy's losses, researchers writing of "the army": not the speaker's own
    [InlineData("de", "Kiew meldete 40 Tote in Charkiw. Moskau meldete, der Gegner habe dort 300 Soldaten verloren.", 300, "Russia")]
    [InlineData("de", "Das ISW schrieb, die Armee solle auf 1,5 Millionen Soldaten wachsen.", 1500000, "Institute for the Study of War (ISW)")]
    public void Who_only_tells_or_watches_is_not_the_side_counted(string language, string text, double value, string notActor)
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims,
            c => c.Quantity?.Value == (decimal)value);

        Assert.NotEqual(notActor, claim.Actor?.Name);
    }
}
