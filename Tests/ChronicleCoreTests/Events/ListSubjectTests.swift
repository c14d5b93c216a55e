import Testing
@testable import ChronicleCore

/// Joint statements whose items leave out their subject ("The Ministers: … Condemned …").
@Suite("List subjects")
struct ListSubjectTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2024-07-30")

    @Test("items after 'The Ministers:' are said by the countries the sentence before named")
    func ministersList() {
        let text = """
            The foreign ministers of Australia, Japan and India met in Delhi on July 29. The Ministers:

            Condemned North Korea's missile launches.

            Urged Myanmar's military to release political prisoners and reaffirmed their support for Ukraine.
            """
        let events = Self.coder.code(Document(id: "l1", text: text, publicationDate: Self.day)).events
        for c in ["AUS", "JPN", "IND"] {
            #expect(events.contains { $0.root == "11" && $0.source.country == c && $0.target?.country == "PRK" })
            #expect(events.contains { $0.root == "02" && $0.source.country == c && $0.target?.country == "MMR" })
        }
        // "their support" is the ministers' own, not the military's.
        #expect(!events.contains { $0.source.country == "MMR" })
    }

    @Test("a name right after an opening phrase of time, with no comma, is the first of the subjects")
    func subjectAfterOpeningTime() {
        let text = "On Monday Kuwait and Oman recalled their ambassadors from Iran."
        let events = Self.coder.code(Document(id: "l3", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "16" && $0.source.country == "KWT" && $0.target?.country == "IRN" })
        #expect(events.contains { $0.root == "16" && $0.source.country == "OMN" && $0.target?.country == "IRN" })
        // (and so is the first of a list of three, whose comma ends no opening phrase)
        let three = Self.coder.code(Document(id: "l5", text: "On Monday Kuwait, Oman and Qatar condemned Iran.", publicationDate: Self.day)).events
        #expect(["KWT", "OMN", "QAT"].allSatisfy { c in three.contains { $0.root == "11" && $0.source.country == c } })
        // (an opening phrase that ends with its comma still ends there)
        let opened = Self.coder.code(Document(id: "l6", text: "In August, Japan and Canada condemned Iran.", publicationDate: Self.day)).events
        #expect(opened.contains { $0.source.country == "JPN" } && opened.contains { $0.source.country == "CAN" })
        // (a place named in an opening phrase of place stays out of the subject)
        let place = Self.coder.code(Document(id: "l4", text: "In Muscat Kuwait recalled its ambassador from Iran.", publicationDate: Self.day)).events
        #expect(!place.contains { $0.source.country == "OMN" })
    }

    @Test("a numbered list of four or more countries speaks with its first member's voice")
    func longList() {
        let text = """
            Representatives of France, Germany, Italy, Norway and Canada met in Oslo on July 29 and:

            1. Condemned the attack on the Ukrainian port.

            2. Welcomed Moldova's decision to join the talks.
            """
        let events = Self.coder.code(Document(id: "l2", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "05" && $0.source.country == "FRA" && $0.target?.country == "MDA" })
        #expect(!events.contains { $0.root == "05" && $0.source.country == "DEU" })
    }

    @Test("the operative paragraphs of a communiqué, in the present tense, are said by the body the line before named")
    func operativeParagraphs() {
        let text = """
            The Peace and Security Council of the African Union, at its meeting held on 29 July 2024, on the situation in Sudan:

            1. Strongly condemns the shelling of Omdurman by Chad;

            2. Calls upon the Government of Sudan to resume its engagement with Kenya;

            3. Commends Egypt and Ethiopia for hosting large numbers of Sudanese refugees;
            """
        let events = Self.coder.code(Document(id: "l7", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "11" && $0.source.country == "IGO" && $0.target?.country == "TCD" })
        #expect(events.contains { $0.root == "02" && $0.source.country == "IGO" && $0.target?.country == "SDN" })
        #expect(events.contains { $0.root == "05" && $0.source.country == "IGO" && $0.target?.country == "EGY" })
        // (hosting refugees is no visit)
        #expect(!events.contains { $0.cameo.hasPrefix("043") })
        // (a plural noun that opens a sentence after a colon opens no item: "Talks resumed")
        let talks = Self.coder.code(Document(id: "l8", text: "The Council said: Talks with Sudan resumed.", publicationDate: Self.day)).events
        #expect(!talks.contains { $0.source.country == "IGO" && $0.target?.country == "SDN" && $0.root == "04" })
    }

    @Test("a sentence with its own subject closes the list")
    func listCloses() {
        let text = """
            The leaders of Japan and South Korea said:

            Welcomed the talks with China.

            Later, officials criticized Russia.
            """
        let events = Self.coder.code(Document(id: "l3", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "05" && $0.source.country == "JPN" && $0.target?.country == "CHN" })
        #expect(!events.contains { $0.root == "11" && ["JPN", "KOR"].contains($0.source.country ?? "") })
    }
}
