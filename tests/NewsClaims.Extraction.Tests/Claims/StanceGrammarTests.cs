using NewsClaims.Extraction.Reading;

namespace NewsClaims.Extraction.Tests.Claims;

/// <summary>Positions without a figure: denials, refusals to comment and assertions, and who takes them.</summary>
public sealed class StanceGrammarTests
{
    private static readonly DateOnly Published = new(2025, 6, 12);

    private static IReadOnlyList<Contract.ExtractedClaim> Stances(string language, string text) =>
        ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims.Where(c => c.Quantity is null).ToList();

    [Theory]
    // refusing to comment, in the ways German news says it
    [InlineData("de", "Die ukrainische Armee lehnte es ab, sich zu den Berichten zu äußern.", "declines", "Ukrainian")]
    [InlineData("de", "Kremlsprecher Dmitri Peskow hatte einen Kommentar zu den Angaben zuvor abgelehnt.", "declines", "Kremlin")]
    [InlineData("de", "Die Hamas macht keine Angaben zu ihren Verlusten.", "declines", "Hamas")]
    [InlineData("de", "Im Kreml wollte sich am Donnerstag niemand zu der Zahl äußern.", "declines", "Kremlin")]
    // calling reports absurd; a country after the verb is what was denied, not who denies; the seat names the government
    [InlineData("de", "Das Außenministerium in Pjöngjang nannte die Berichte \"absurd\".", "denies", "North Korea")]
    [InlineData("en", "North Korea's foreign ministry called the reports \"absurd\".", "denies", "North Korea")]
    [InlineData("de", "Die Regierung in Teheran bestreitet, Drohnen an Russland geliefert zu haben.", "denies", "Iran")]
    // unreachable or unwilling to confirm
    [InlineData("en", "Russia's defence ministry could not be reached for comment.", "declines", "Russian defence ministry")]
    [InlineData("en", "The Pentagon would not confirm the figure.", "declines", "Pentagon")]
    [InlineData("de", "Der Kreml wollte die Berichte nicht bestätigen.", "declines", "Kremlin")]
    [InlineData("de", "Ein Sprecher des Pentagons war für eine Stellungnahme nicht zu erreichen.", "declines", "Pentagon")]
    // withholding figures or knowledge
    [InlineData("de", "Die Hamas veröffentlicht seit Monaten keine Zahlen zu ihren Kämpfern.", "declines", "Hamas")]
    [InlineData("en", "The Kremlin did not confirm that the commander had died.", "declines", "Kremlin")]
    [InlineData("en", "Asked whether troops had crossed the border, Russia's defence ministry said it did not know.", "declines", "Russian defence ministry")]
    [InlineData("de", "Der Kreml verweigerte jede Angabe zu den eigenen Verlusten.", "declines", "Kremlin")]
    // leaving it open, dodging the question, not disclosing; an unnamed office speaks through its auxiliaries
    [InlineData("de", "Der Kreml ließ offen, ob Soldaten im Einsatz sind.", "declines", "Kremlin")]
    [InlineData("de", "Kremlchef Wladimir Putin wich am 24. Oktober der Frage nach den Soldaten aus.", "declines", "Kremlin")]
    [InlineData("en", "The Kremlin has not disclosed its military losses since 2022.", "declines", "Kremlin")]
    [InlineData("en", "The office of Prime Minister Jonas Berg did not respond to a request for comment.", "declines", "Jonas Berg")]
    [InlineData("en", "Rwanda rejects accusations that it supports the rebels.", "denies", "Rwanda")]
    // granting something while withholding the figure is an admission, not a refusal
    [InlineData("de", "Das russische Verteidigungsministerium räumte Verluste ein, nannte aber keine Zahl.", "asserts", "Russian")]
    // vouching for figures
    [InlineData("en", "The United Nations has described the ministry's figures as broadly reliable.", "asserts", "United Nations")]
    [InlineData("de", "Die Vereinten Nationen halten die Zahlen für weitgehend belastbar.", "asserts", "United Nations")]
    // disputing as denial
    [InlineData("en", "Israel has repeatedly disputed them.", "denies", "Israel")]
    [InlineData("en", "Moscow disputes the figures.", "denies", "Russia")]
    // unwilling to give it: "wollte X nicht sagen", "would not say"
    [InlineData("de", "Wie viele Soldaten sich derzeit in Belarus befinden, wollte Peskow nicht sagen.", "declines", "Kremlin")]
    [InlineData("de", "Ob sich die Bundeswehr beteiligen könnte, wollte ein Regierungssprecher in Berlin am Freitag nicht sagen.", "declines", "German government")]
    [InlineData("en", "The Pentagon would not say how many troops were involved.", "declines", "Pentagon")]
    [InlineData("de", "Das Verteidigungsministerium in Moskau lehnt es ab, eigene Verlustzahlen zu nennen.", "declines", "Russian")]
    [InlineData("de", "Die kongolesische Armee wollte sich auf Anfrage nicht zu eigenen Verlusten äußern.", "declines", "Congolese")]
    // withheld figures, fronted or not; a negation closing the clause; a long way to the verb of speaking
    [InlineData("de", "Eigene Opferzahlen nannte die Regierung nicht.", "declines", "Regierung")]
    [InlineData("en", "U.S. Central Command has said it is assessing reports of civilian casualties but has not given any figures.", "declines", "Central Command")]
    [InlineData("de", "Israel äußerte sich zu dem Angriff in Damaskus nicht.", "declines", "Israel")]
    [InlineData("de", "Kremlsprecher Dmitri Peskow lehnte es auch am Montag ab, sich zu den Verlustzahlen zu äußern.", "declines", "Kremlin")]
    // the subject after a fronted phrase's modal verb, after a verb following a fronted clause, and "die Miliz" for the group named before
    [InlineData("de", "Wie viele Kämpfer im Dorf waren, wollte ein Sprecher der Rebellenallianz nicht sagen.", "declines", "Rebellenallianz")]
    [InlineData("de", "Zu einzelnen Opfern wollte sich ein Polizeisprecher nicht äußern.", "declines", "Polizeisprecher")]
    [InlineData("de", "Wie viele Gefangene noch in Lagern sitzen, ließ der Koordinierungsstab offen.", "declines", "Koordinierungsstab")]
    [InlineData("de", "Die RSF griffen das Lager an. Berichte über Gräueltaten wies die Miliz als Propaganda zurück.", "denies", "RSF")]
    [InlineData("de", "Die RSF wiesen den Vorwurf eines Massakers zurück.", "denies", "RSF")]
    // not reacting to questions; an office introduced without a name; a pronoun past auxiliaries and a negation
    [InlineData("de", "Auf Nachfragen reagierte das Verteidigungsministerium in Bamako nicht.", "declines", "Malian")]
    [InlineData("en", "A spokesperson for the regional administration declined to comment on the accusation.", "declines", "regional administration")]
    [InlineData("en", "The army spokesman Zaw Min Tun spoke of heavy fighting. He would not say how many troops had been lost.", "declines", "Myanmar junta")]
    // claiming an attack asserts it
    [InlineData("en", "The Houthis claimed responsibility for the attack on the tanker.", "asserts", "Houthis")]
    [InlineData("de", "Die Hamas bekannte sich zu dem Anschlag in Tel Aviv.", "asserts", "Hamas")]
    // a country's mission to the UN speaks for the country, not for the UN
    [InlineData("de", "Der russische UN-Botschafter nannte die Berichte über nordkoreanische Truppen Lügen.", "denies", "Russia")]
    [InlineData("de", "Die russische UN-Vertretung in New York wollte sich zu den Angaben nicht äußern.", "declines", "Russia")]
    // after an apposition or a relative clause, the verb's subject is the name opening the sentence
    [InlineData("en", "Jimmy Cherizier, a former police officer who leads the G9 gang coalition, has denied that his fighters target civilians.", "denies", "Cherizier")]
    // "had not been a participant" denies a part in it
    [InlineData("en", "A White House spokesman said on Saturday that the United States had not been a participant in the operation.", "denies", "White House")]
    // "had nothing to do with" denies a part in it
    [InlineData("en", "President Donald Trump said that the United States had nothing to do with the attack.", "denies", "White House")]
    // not replying, referring questions elsewhere, not discussing, unable to confirm
    [InlineData("en", "Russia's defence ministry did not reply to a request for comment.", "declines", "Russian defence ministry")]
    [InlineData("en", "Kremlin spokesman Dmitry Peskov referred questions about the draft to the defence ministry.", "declines", "Kremlin")]
    [InlineData("en", "The Kremlin said it would not discuss the details of military cooperation.", "declines", "Kremlin")]
    [InlineData("de", "Das Außenministerium in Bogotá erklärte, es könne die Zahl der Toten vorerst nicht bestätigen.", "declines", "Colombian")]
    // "lehnte es ab, …": "es" is what was declined, not who; a party the lexicon does not know is named by the words
    [InlineData("de", "Ein Sprecher der Junta lehnte es ab, sich zur Zahl der Eingezogenen zu äußern.", "declines", "Junta")]
    // a spokesperson no one is named for speaks for who spoke before; "declined to say" names no speaker
    [InlineData("en", "The Israeli military said it struck the cabinet. A spokesman declined to say whether the minister had been hit.", "declines", "Israeli military")]
    // an accusation asserts what it accuses of; the accuser stands before the verb, the accused after it; a denial in the
    // same sentence wins
    [InlineData("de", "Der Gouverneur Michail Rasin machte die Ukraine für den Angriff verantwortlich.", "asserts", "Rasin")]
    [InlineData("de", "Regierungssprecher Paul Mbeki warf dem Nachbarland Ruanda vor, die Rebellen zu unterstützen.", "asserts", "Paul Mbeki")]
    [InlineData("en", "Ukraine's interior minister accused Moscow of deliberately hampering identification.", "asserts", "Ukrainian interior ministry")]
    [InlineData("en", "The M23 denied responsibility and blamed the Congolese army for the blasts.", "denies", "M23")]
    [InlineData("en", "The Kremlin blamed Kyiv for the attack.", "asserts", "Kremlin")]
    // after a fronted question the modal comes before the speaker, named or unnamed; what is rejected is no speaker, the name in
    // apposition before the verb is
    [InlineData("de", "Wie viele der neuen Granaten an die Ukraine gehen sollen, wollte Papperger nicht sagen.", "declines", "Papperger")]
    [InlineData("de", "Wie viele Fahrzeuge noch in der nigrischen Hauptstadt Niamey lagern, wollte ein Ministeriumssprecher nicht beziffern.", "declines", "Ministeriumssprecher")]
    [InlineData("de", "Der geistliche Führer der Drusen, Scheich Hikmat al-Hidschri, wies Berichte zurück, drusische Kämpfer hätten Familien getötet.", "denies", "Führer der Drusen")]
    // (a definite office after the modal points back to the source before)
    [InlineData("de", "Das Pentagon teilte mit, es schicke Soldaten. Wie viele es sein werden, wollte die Behörde nicht sagen.", "declines", "Pentagon")]
    // a refusal told in the subjunctive; calls not answered
    [InlineData("de", "Kremlsprecher Dmitri Peskow sagte, zu Verlusten äußere man sich grundsätzlich nicht.", "declines", "Kremlin")]
    [InlineData("en", "Russia's defence ministry did not answer calls seeking comment.", "declines", "Russian defence ministry")]
    public void The_position_and_who_takes_it(string language, string text, string stance, string source)
    {
        var claim = Assert.Single(Stances(language, text));

        Assert.Equal(stance, claim.Stance);
        Assert.Contains(source, claim.Source!.Name, StringComparison.Ordinal);
    }

    [Theory]
    // the office a country's name opens is who takes the position, named by those words
    [InlineData("en", "Ukraine's Southern Command declined to confirm the Russian figures on Friday.", "Southern Command")]
    [InlineData("en", "A senior U.S. official, speaking on condition of anonymity, declined to say whether Washington had been told.", "U.S. official")]
    [InlineData("en", "Ukraine's International Legion rejected the Russian numbers as invented.", "International Legion")]
    // (so is a name in capitals after the country's possessive, the lexicon knowing it or not)
    [InlineData("en", "Japan's Nippon Yusen, which had chartered the ship, declined to comment on the state of the crew.", "Nippon Yusen")]
    public void The_office_a_country_opens_takes_the_position(string language, string text, string source)
    {
        var claim = Assert.Single(Stances(language, text));

        Assert.Contains(source, claim.Source!.Name + " " + claim.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Fighting continued in the disputed region on Monday.")]
    [InlineData("de", "Die Berichte über die Lieferungen dementierten die beiden Staaten jedoch.")]
    // an accusation with no accuser (the passive) is no one's position
    [InlineData("en", "The minister was accused of lying.")]
    [InlineData("de", "Für den Angriff wurde die Ukraine verantwortlich gemacht.")]
    public void No_position_where_none_is_taken_by_a_party(string language, string text)
    {
        Assert.Empty(Stances(language, text));
    }

    [Theory]
    // the party named after the verb is what is denied or not commented on, when the subject opens the clause
    [InlineData("de", "Die Regierung wies die russischen Vorwürfe zurück.", "Russia")]
    [InlineData("de", "Der Hersteller Gold Apollo wollte die israelischen Vorwürfe nicht kommentieren.", "Israel")]
    public void The_party_a_position_is_about_does_not_take_it(string language, string text, string notTheSpeaker)
    {
        Assert.DoesNotContain(Stances(language, text), c => c.Source?.Name == notTheSpeaker);
    }

    [Theory]
    // a party the lexicon does not know denies under the words of the text
    [InlineData("de", "Der Hersteller Nordtech Systems bestritt, die Drohnen geliefert zu haben.", "Nordtech Systems")]
    [InlineData("en", "The shipping firm Baltic Star Lines denied the reports.", "Baltic Star Lines")]
    public void Denials_by_parties_the_lexicon_does_not_know(string language, string text, string source)
    {
        var claim = Assert.Single(Stances(language, text));

        Assert.Equal("denies", claim.Stance);
        Assert.Contains(source, claim.Source!.Text, StringComparison.Ordinal);
    }

    [Theory]
    // a denial of a figure just reported in the same sentence
    [InlineData("de", "Laut dem Generalstab hat Russland bereits 3000 Soldaten verloren, was Moskau bestreitet.", "Russia")]
    [InlineData("en", "Kyiv said 500 North Korean soldiers had been killed, a claim Pyongyang denies.", "North Korea")]
    [InlineData("en", "The ministry said 40 drones were supplied by Iran, which Tehran denies.", "Iran")]
    public void A_figure_denied_in_the_same_sentence(string language, string text, string denier)
    {
        var claims = ClaimExtractor.Default.Extract(new ArticleInput(text, Published, "Test", language)).Claims;

        Assert.Single(claims, c => c.Quantity is not null);
        var denial = Assert.Single(claims, c => c.Quantity is null);
        Assert.Equal("denies", denial.Stance);
        Assert.Equal(denier, denial.Source!.Name);
    }

    [Fact]
    public void Neither_party_giving_figures_is_two_refusals()
    {
        var stances = Stances("en", "Neither the SAF nor the RSF publishes figures for its own losses.");

        Assert.Equal(["declines", "declines"], stances.Select(s => s.Stance));
        Assert.Equal(["Rapid Support Forces (RSF)", "Sudanese army (SAF)"], stances.Select(s => s.Source!.Name).Order());
    }

    [Fact]
    public void A_pronoun_denying_is_the_source_named_before()
    {
        var claims = Stances("de", "Das Verteidigungsministerium in Moskau sprach von einem Schlag gegen Militärziele. Angriffe auf zivile Ziele stritt es ab.");

        var claim = Assert.Single(claims, c => c.Stance == "denies");
        Assert.Equal("Russian defence ministry", claim.Source!.Name);
    }

    [Theory]
    // a named speaker's statement with no figure and no cue asserts what it says
    [InlineData("en", "Zelensky said the operation had been aimed only at military targets.", "Zelensky")]
    [InlineData("de", "Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, erklärte, die Lieferungen würden den Krieg nur verlängern.", "Russian foreign ministry")]
    [InlineData("de", "Moskau wertet die Ausbildung als direkte Beteiligung des Westens am Krieg, sagte Außenminister Sergej Lawrow.", "Lawrow")]
    // (a date's number is no figure)
    [InlineData("de", "Am 24. Februar sagte Selenskyj, die Armee halte an allen Abschnitten stand.", "Zelensky")]
    // (an outlet told in the dative takes no position: "bestätigten der Nachrichtenagentur AFP")
    [InlineData("de", "Armeekreise bestätigten der Nachrichtenagentur AFP lediglich, dass es einen schweren Angriff gegeben habe.", "Armeekreise")]
    // (an adverb going on from the sentence before names no one: "Weiter sprach sie")
    [InlineData("de", "Außenamtssprecherin Maria Sacharowa sagte, die Berichte seien übertrieben. Weiter sprach sie von einem Medienhype.", "Russian foreign ministry")]
    public void A_statement_with_no_figure_asserts_it(string language, string text, string source)
    {
        var claim = Assert.Single(Stances(language, text));

        Assert.Equal("asserts", claim.Stance);
        Assert.Contains(source, claim.Source!.Name + " " + claim.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    // passing on news or plans is no position
    [InlineData("de", "Bürgermeister Vitali Klitschko meldete Brände in mehreren Stadtteilen.")]
    [InlineData("en", "The ministry announced that the drills would begin in the spring.")]
    // nor is what a source whose figures the article gives says besides them
    [InlineData("en", "The health ministry said 40 people had been killed. It said rescue teams were still searching the rubble.")]
    [InlineData("de", "Wie das Ministerium mitteilte, beginnt die Übung im Frühjahr.")]
    [InlineData("de", "Die Zeitung Kommersant schrieb, die Übung beginne im Frühjahr.")]
    // nor what a party says whose refusal the article tells
    [InlineData("de", "Russland verweigerte jede Stellungnahme. \"Fragen Sie in Pjöngjang\", sagte Außenamtssprecherin Maria Sacharowa.")]
    public void No_statement_asserts_where_it_only_passes_on_news(string language, string text)
    {
        Assert.DoesNotContain(Stances(language, text), c => c.Stance == "asserts");
    }
}
