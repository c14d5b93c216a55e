import Testing
@testable import ChronicleCore

/// The shipped coder on short documents of our own, for what only the document's context
/// decides: the publisher's own leader, the author of an attack condemned later, and which date
/// in a sentence dates the act.
struct EventCoderContextTests {
    let coder = EventCoder.shipped()

    /// The shipped coder's events for `text` published on `date`.
    func coded(_ text: String, date: String) -> [EventRecord] {
        coder.code(document(text, date: date)).events
    }

    func document(_ text: String, date: String, publisher: String? = nil) -> Document {
        var doc = Document(id: "context", text: text, publicationDate: CalendarDay(iso: date))
        doc.source = publisher
        return doc
    }

    @Test("a person of one country detained at a place of another was detained by that other")
    func detainedAtPlace() {
        let events = coded("The American basketball player was detained at a Moscow airport on February 17.", date: "2022-12-08")
        #expect(events.contains { $0.source.country == "RUS" && $0.target?.country == "USA" && $0.root == "17" })
        // (an occasion is no place: nothing is said of who detained him)
        let occasion = coded("The American student was detained at the request of Russia on Monday.", date: "2022-12-08")
        #expect(!occasion.contains { $0.root == "17" && $0.source.country == "RUS" && $0.explanation?.rule.contains("place-agent") ?? false })
    }

    @Test("a readout's unqualified 'the President' is the publisher's president")
    func publisherPresident() {
        let text = "In Cannes the President held a bilateral meeting with British Prime Minister David Cameron on trade."
        let withPublisher = coder.code(document(text, date: "2011-11-03", publisher: "The White House")).events
        #expect(withPublisher.contains { $0.source.country == "USA" && $0.target?.country == "GBR" && $0.root == "04" })
        // Without a publisher nothing says whose president spoke: no United States event.
        let without = coded(text, date: "2011-11-03")
        #expect(!without.contains { $0.source.country == "USA" })
    }

    @Test("a date in a relative clause after the verb does not date the act")
    func relativeClauseDate() throws {
        let text = "The Prime Minister of Japan congratulated President Moon Jae-in on his election, which took place yesterday."
        let events = coded(text, date: "2017-05-10")
        let praise = try #require(events.first { $0.source.country == "JPN" && $0.target?.country == "KOR" })
        #expect(praise.date == "2017-05-10")
        // Before the verb, the same expression dates it.
        let dated = coded("Yesterday the Prime Minister of Japan congratulated President Moon Jae-in.", date: "2017-05-10")
        #expect(dated.first { $0.source.country == "JPN" }?.date == "2017-05-09")
    }

    @Test("who claimed an attack is the target when the attack is condemned")
    func claimedAttack() {
        let text = """
            Gunmen stormed a border post in Sistan on Friday. On Saturday Jundullah claimed responsibility \
            for the attack. The United States condemned the attack.
            """
        let events = coded(text, date: "2009-10-24")
        #expect(events.contains { $0.source.country == "USA" && $0.target?.country == "IRN" && $0.root == "11" })
    }

    @Test("a concession without a beneficiary goes to the side the yielder deals with")
    func concessionCounterpart() throws {
        let story = """
            The United States and North Korea held talks in Singapore on June 12. American negotiators \
            praised North Korea after the talks. North Korea later released three detainees.
            """
        let events = coded(story, date: "2018-06-14")
        let release = try #require(events.first { $0.cameo == "0841" })
        #expect(release.source.country == "PRK")
        #expect(release.target?.country == "USA")
        // Alone, nothing says to whom the detainees were released.
        let alone = coded("North Korea later released three detainees.", date: "2018-06-14")
        #expect(alone.first { $0.cameo == "0841" }?.target == nil)
    }

    @Test("a possessive pronoun before another actor is the possessor, not a party")
    func possessorIsNoParty() {
        let text = "The United States had good discussions with its North Korean counterparts in Stockholm."
        let events = coded(text, date: "2019-10-05")
        #expect(events.contains { $0.source.country == "USA" && $0.target?.country == "PRK" && $0.root == "04" })
        #expect(!events.contains { $0.source.country == "USA" && $0.target?.country == "USA" })
    }

    @Test("meeting again without a partner named is meeting the other party of the meeting just told")
    func meetingAgainWithStoryParty() {
        let text = """
            The Secretary of State met a delegation from Vietnam in Hanoi on Monday to discuss fishing rights. \
            We will meet again when the season ends.
            """
        let events = coder.code(document(text, date: "2019-03-05", publisher: "U.S. Department of State")).events
        #expect(events.contains { $0.source.country == "USA" && $0.target?.country == "VNM" && $0.cameo == "036" })
        // A noun's meeting is not so addressed: the footage of the meeting has no partner.
        let footage = coder.code(document("""
            The Secretary of State met a delegation from Vietnam in Hanoi on Monday. \
            Chinese state television did not show footage of the meeting.
            """, date: "2019-03-05", publisher: "U.S. Department of State")).events
        #expect(!footage.contains { $0.source.country == "CHN" && $0.root == "04" })
    }

    @Test("a government's disapproval that names no one answers another's cut in relations")
    func disapprovalAnswersCut() {
        let text = """
            South Korea decided on Thursday to end its intelligence agreement with Japan. \
            The Pentagon expressed strong concern.
            """
        let events = coded(text, date: "2019-08-23")
        #expect(events.contains { $0.source.country == "USA" && $0.target?.country == "KOR" && $0.root == "11" })
        // A show of force is no answer to a sanction: only disapproval is.
        let drill = coded("""
            Washington imposed sanctions on Iran on Monday. Iranian forces fired missiles into the sea in a drill.
            """, date: "2019-08-23")
        #expect(!drill.contains { $0.source.country == "IRN" && $0.root == "15" && $0.target?.country == "USA" })
    }

    /// Whether `text`, coded on `date`, holds a praise (051) from `source` to `target`.
    func praises(_ text: String, date: String, from source: String, to target: String) -> Bool {
        coded(text, date: date).contains {
            $0.source.country == source && $0.target?.country == target && $0.cameo == "051"
        }
    }

    @Test("a courtesy in a transcript turn is the speaker's praise of the person named")
    func courtesyInTranscript() {
        let text = """
            Remarks by President Biden and President Yoon Suk Yeol

            President Biden. Thank you all.

            Let me say it is an honor to stand here with President Yoon today. It is a great privilege \
            to welcome him here.

            President Yoon. It was a pleasure to meet President Biden.
            """
        #expect(praises(text, date: "2023-04-26", from: "USA", to: "KOR"))
        #expect(praises(text, date: "2023-04-26", from: "KOR", to: "USA"))
        // Not a courtesy: the honor is given to no one named.
        let plain = coded("It was an honor to be chosen, the minister of Japan said.", date: "2023-04-26")
        #expect(!plain.contains { $0.cameo == "051" })
    }

    @Test("praise of a person in remarks: 'He's a good man', 'a very special person, President X'")
    func praiseInTranscript() {
        let text = """
            Remarks by President Biden and Prime Minister Kishida

            President Biden. Thank you. I spoke with the prime minister this morning. He's a really good man, \
            and he works hard for his country. It's an honor to be here again in, really, a beautiful country, \
            Japan, with its wonderful people. I also want to thank a very special person, President Yoon of \
            South Korea.
            """
        #expect(praises(text, date: "2023-05-19", from: "USA", to: "JPN"))
        #expect(praises(text, date: "2023-05-19", from: "USA", to: "KOR"))
        // Outside speech, a reporter's description is no praise.
        let report = coded("Analysts said Kishida is a cautious man, and Biden met him in Tokyo.", date: "2023-05-19")
        #expect(!report.contains { $0.cameo == "051" })
    }

    @Test("crediting a person in remarks ('is thanks to your leadership, Mr. President') is praise of that person")
    func creditInTranscript() {
        let text = """
            President Moon. Thank you, Prime Minister Abe.

            Prime Minister Abe. I believe our progress today is thanks to your leadership, Mr. President, and to our teams.
            """
        #expect(praises(text, date: "2019-02-27", from: "JPN", to: "KOR"))
        #expect(!praises("The rise in exports was thanks to Chinese demand, Japan's ministry said.", date: "2019-02-27", from: "JPN", to: "CHN"))
    }

    @Test("'on the evening of April 16' dates the act; a minister speaks for his state before his party")
    func eveningOfAndPartyTitle() {
        let text = """
            On the evening of April 16, 2024, Member of the Political Bureau of the CPC Central Committee and \
            Foreign Minister Wang Yi held a phone call with Turkish Foreign Minister Hakan Fidan.
            """
        let events = coded(text, date: "2024-04-17")
        let call = events.first { $0.root == "04" && $0.target?.country == "TUR" }
        #expect(call?.date == "2024-04-16")
        #expect(call?.source.code == "CHNGOV")
    }

    @Test("a plural between a name the actor layer did not read and a past verb is the subject's head")
    func pluralBeforePastVerb() {
        let events = coded("Separatist militias fired rockets at Asmara, the Eritrean capital, on Saturday. "
                                         + "Tigrayan forces fired rockets at Asmara again on Sunday.", date: "2020-11-16")
        #expect(events.contains { $0.source.country == "ETH" && $0.target?.country == "ERI" && $0.root == "19" && $0.date == "2020-11-15" })
    }

    @Test("a denial or rejection that names no one answers the latest charge aimed at its author")
    func answeredCharge() {
        let text = "On Sunday Somalia accused Kenya of meddling in its elections. Kenya's foreign ministry rejected the charge on Monday. "
            + "Separately, India accused Pakistan of sheltering the gunmen. Pakistan denied any role."
        let events = coded(text, date: "2020-11-30")
        #expect(events.contains { $0.source.country == "KEN" && $0.target?.country == "SOM" && $0.date == "2020-11-30" })
        #expect(events.contains { $0.source.country == "PAK" && $0.target?.country == "IND" && $0.cameo == "016" })
        // A charge aimed at someone else is not answered: Kenya's denial has no other side.
        let other = coded("On Sunday Somalia accused Ethiopia of meddling in its elections. Kenya denied any role on Monday.",
                                        date: "2020-11-30")
        #expect(other.contains { $0.source.country == "KEN" && $0.cameo == "016" && $0.target == nil })
    }

    @Test("a reaction that names no one answers the author of the act its clause of time tells")
    func reactionCause() {
        let events = coded("Beijing voiced strong dissatisfaction on Monday after Washington approved an arms sale to Taiwan.",
                                         date: "2024-06-18")
        #expect(events.contains { $0.source.country == "CHN" && $0.target?.country == "USA" && $0.root == "11" })
        // Not the place of a meeting ("after talks in Washington"), nor its own side.
        let place = coded("Beijing voiced strong dissatisfaction after talks in Washington ended.", date: "2024-06-18")
        #expect(!place.contains { $0.source.country == "CHN" && $0.target?.country == "USA" })
        let own = coded("Beijing voiced strong dissatisfaction after China's envoy was summoned.", date: "2024-06-18")
        #expect(!own.contains { $0.source.country == "CHN" && $0.target?.country == "CHN" })
    }

    @Test("'all sides' is the story's pair, and a live blog's timed entries fall on the blog's day")
    func liveBlogEntries() {
        let text = """
            Sunday 14 April 2024

            00:40 GMT — Iran says it has fired drones at Israel in retaliation for the 1 April strike on its consulate.

            07:45 GMT — Beijing urges all sides to show restraint.
            """
        let events = coded(text, date: "2024-04-14")
        #expect(events.contains { $0.source.country == "IRN" && $0.target?.country == "ISR" && $0.root == "19" && $0.date == "2024-04-14" })
        #expect(events.contains { $0.source.country == "CHN" && $0.target?.country == "IRN" && $0.root == "02" && $0.date == "2024-04-14" })
        #expect(events.contains { $0.source.country == "CHN" && $0.target?.country == "ISR" && $0.root == "02" })
    }

    @Test("words with no day of a speaker told speaking on the publication day were said that day")
    func speakerOfTheDay() {
        let text = """
            Russian Foreign Ministry spokeswoman Maria Zakharova said at a briefing on Friday that Moscow would respond.

            Estonian Prime Minister Kaja Kallas said on Tuesday that Tallinn was ready to close its border with Russia.

            Speaking about the Baltic states, Zakharova condemned Latvia.
            """
        let events = coded(text, date: "2023-12-15")
        #expect(events.contains { $0.source.country == "RUS" && $0.target?.country == "LVA" && $0.root == "11" && $0.date == "2023-12-15" })
        // Another speaker's words with no day go on from the clock.
        let other = coded(text.replacingOccurrences(of: "Zakharova condemned", with: "Foreign Minister Sergey Lavrov condemned"),
                                         date: "2023-12-15")
        #expect(other.contains { $0.source.country == "RUS" && $0.target?.country == "LVA" && $0.root == "11" && $0.date == "2023-12-12" })
    }

    @Test("'they' after a sentence whose subject is the two parties joined by 'and' is the pair")
    func theyAfterCoordinatedPair() {
        let text = "Japanese diplomats prepared the meeting for weeks. Kishida and President Xi Jinping met in San Francisco on Nov. 16. "
            + "They reaffirmed a mutually beneficial relationship."
        let events = coded(text, date: "2023-12-29")
        #expect(events.contains { $0.sentenceIndex == 2 && $0.root == "05" && $0.source.country == "JPN" && $0.target?.country == "CHN" })
        // A subject that is one party alone makes no pair of "they".
        let one = coded(text.replacingOccurrences(of: "Kishida and President Xi Jinping met", with: "Kishida met President Xi Jinping"),
                                      date: "2023-12-29")
        #expect(!one.contains { $0.sentenceIndex == 2 && $0.target?.country == "CHN" })
    }

    @Test("what a statement's own 'we' says with no day of its own it says on the publication day")
    func statementVoiceDay() {
        let text = """
            1. We, the Foreign Ministers of the Member States of the Association of Southeast Asian Nations (ASEAN), met in Phnom Penh.

            2. We were troubled by the executions of four activists announced on 25 July 2022.

            3. We called on the Myanmar military authorities to release all political prisoners.
            """
        let events = coded(text, date: "2022-08-04")
        #expect(events.contains { $0.source.country == "IGO" && $0.target?.country == "MMR" && $0.root == "02" && $0.date == "2022-08-04" })
        // Inside a quotation the words are the quoted speaker's, dated by the story's clock.
        let quoted = coded("""
            The ASEAN foreign ministers met in Phnom Penh on 25 July 2022. Their chair said: "We have done our part.
            We called on the Myanmar military authorities to release all political prisoners."
            """, date: "2022-08-04")
        #expect(!quoted.contains { $0.target?.country == "MMR" && $0.date == "2022-08-04" })
    }

    @Test("a cut in relations that names no counterpart is aimed at the story's other party")
    func relationCutStoryCounterpart() {
        let text = "China recalled its ambassador from Vilnius on August 10. Three months later China downgraded diplomatic relations to the level of charge d'affaires."
        let events = coded(text, date: "2022-01-28")
        #expect(events.contains { $0.sentenceIndex == 1 && $0.cameo == "161" && $0.source.country == "CHN" && $0.target?.country == "LTU" })
        // A party outside the story's pair gets no counterpart from it.
        let other = coded(text.replacingOccurrences(of: "later China downgraded", with: "later Belarus downgraded"), date: "2022-01-28")
        #expect(!other.contains { $0.sentenceIndex == 1 && $0.target != nil })
    }
}
