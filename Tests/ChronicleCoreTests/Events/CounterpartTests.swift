import Testing
@testable import ChronicleCore

/// Acts whose addressee the sentence leaves out go to the other side of the document's dealings.
@Suite("Counterparts")
struct CounterpartTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2019-06-12")

    @Test("a government's call for the release of its citizen goes to the country holding them")
    func releaseCall() {
        let text = """
            Iran detained an American journalist in Tehran last March. Washington condemned Iran on Monday \
            and imposed new sanctions on Iran. We call for his release, the State Department said.
            """
        var doc = Document(id: "r", text: text, publicationDate: Self.day)
        doc.source = "U.S. Department of State"
        let events = Self.coder.code(doc).events
        let call = events.first { $0.cameo == "0253" }
        #expect(call?.source.country == "USA")
        #expect(call?.target?.country == "IRN")
    }

    @Test("an official of no known country whom one side meets is the other side's; a body is not")
    func officialOfTheOtherSide() {
        let text = """
            Japan protested to North Korea on Monday. Tokyo also summoned the North Korean ambassador. \
            On Tuesday, the Japanese officials met Ri Song Chol, the chairman of the inquiry, and pressed him \
            to act. President Moon Jae-in told his National Security Council that dialogue was impossible. \
            On Wednesday Tokyo summoned Kim Yong Su, the chairman of the inquiry.
            """
        let events = Self.coder.code(Document(id: "o", text: text, publicationDate: Self.day)).events
        let meeting = events.first { $0.cameo == "040" && $0.source.country == "JPN" }
        #expect(meeting?.target?.country == "PRK")
        #expect(meeting?.target?.text.hasPrefix("Ri Song Chol") ?? false)
        #expect(events.contains { $0.root == "02" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
        #expect(!events.contains { $0.source.country == "KOR" && $0.target?.country != nil && $0.target?.country != "KOR" })
        #expect(events.contains { $0.root == "11" && $0.source.country == "JPN" && $0.target?.country == "PRK" })
    }

    @Test("talks broken off are broken off with the other side")
    func brokenOffTalks() {
        let text = """
            North Korean and American negotiators met in Stockholm on Saturday. The United States \
            delegation also held talks with North Korea on Sunday. On Monday North Korea broke off the \
            negotiations.
            """
        let events = Self.coder.code(Document(id: "s", text: text, publicationDate: Self.day)).events
        let halt = events.first { $0.cameo == "164" }
        #expect(halt?.source.country == "PRK")
        #expect(halt?.target?.country == "USA")
    }

    @Test("a meeting with no other side named meets the foreign country the text names most")
    func meetingByMentions() {
        let text = """
            President Moon Jae-in spoke warmly of Japan on Monday. Japan's prime minister, Shinzo Abe, \
            had praised Seoul's restraint, and Japan's foreign minister will visit soon. "We met in \
            Osaka last year and we will meet again," Moon said.
            """
        let events = Self.coder.code(Document(id: "t", text: text, publicationDate: Self.day)).events
        let meeting = events.first { $0.cameo == "040" && $0.source.country == "KOR" }
        #expect(meeting?.target?.country == "JPN")
    }

    @Test("'we' in a quotation is whoever the sentence attributes it to, even after it")
    func quoteAttributedAfter() {
        let text = """
            Japan's foreign minister met reporters in Tokyo. "We will hold talks with China next \
            month," the South Korean foreign minister said on Monday.
            """
        let events = Self.coder.code(Document(id: "q", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.source.country == "KOR" && $0.target?.country == "CHN" })
        #expect(!events.contains { $0.source.country == "JPN" && $0.target?.country == "CHN" })
    }

    @Test("with no event between the two sides, the foreign country named most is asked")
    func releaseCallByMentions() {
        let text = """
            The engineer has spent two years in a Cuban jail. Cuban courts refused his appeal, and Cuba's \
            government has not answered. We renew our call for his release.
            """
        var doc = Document(id: "m", text: text, publicationDate: Self.day)
        doc.source = "The White House"
        let call = Self.coder.code(doc).events.first { $0.cameo == "0253" }
        #expect(call?.source.country == "USA")
        #expect(call?.target?.country == "CUB")
    }

    @Test("an opposition's call for releases at home keeps no foreign addressee")
    func domesticCall() {
        let text = """
            Opposition leaders in Belarus called for the release of their jailed colleagues. Poland criticized \
            Belarus, and Lithuania condemned Belarus.
            """
        let events = Self.coder.code(Document(id: "d", text: text, publicationDate: Self.day)).events
        #expect(!events.contains { $0.cameo == "0253" && $0.target?.country != nil && $0.target?.country != "BLR" })
        // The second clause's subject is Lithuania alone: Belarus does not condemn itself.
        #expect(!events.contains { $0.source.country == "BLR" && $0.target?.country == "BLR" })
        #expect(events.contains { $0.source.country == "LTU" && $0.target?.country == "BLR" })
    }

    @Test("an intention or a meeting without a named partner goes to the other side of the dealings")
    func intentionGoesToCounterpart() {
        let text = """
            The Canadian foreign minister met Mexico's foreign secretary in Ottawa on Monday. Canada praised \
            Mexico for its help, and Canada signed a water accord with Mexico. We look forward to continuing \
            this conversation in the months ahead, the minister said.
            """
        let events = Self.coder.code(Document(id: "i", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "03" && $0.source.country == "CAN" && $0.target?.country == "MEX" })
        // With no clear other side, nobody is made up.
        let alone = "We look forward to continuing this conversation in the months ahead, the Canadian minister said."
        let single = Self.coder.code(Document(id: "j", text: alone, publicationDate: Self.day)).events
        #expect(!single.contains { $0.root == "03" && $0.target != nil })
    }

    @Test("a government's rejection with no other side named goes to the other side")
    func rejectionToCounterpart() {
        let text = """
            Japanese and North Korean officials met in Hanoi on Saturday. Japan urged North Korea to return \
            the abductees on Sunday. On Monday North Korea's foreign ministry rejected any further talks.
            """
        let events = Self.coder.code(Document(id: "j", text: text, publicationDate: Self.day)).events
        let refusal = events.first { $0.root == "12" && $0.source.country == "PRK" }
        #expect(refusal?.target?.country == "JPN")
    }
}
