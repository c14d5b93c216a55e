import Testing
@testable import ChronicleCore

/// Where two parties meet is the event's place, not a party to it.
@Suite("Meeting places")
struct MeetingPlaceTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2019-08-23")

    @Test("two ministers meeting in a third country's capital meet each other")
    func thirdPlace() {
        let text = "The South Korean foreign minister and the Japanese foreign minister met in Beijing on Wednesday."
        let events = Self.coder.code(Document(id: "m", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "04" && Set([$0.source.country, $0.target?.country]) == Set(["KOR", "JPN"]) })
        #expect(!events.contains { $0.target?.country == "CHN" })
    }

    @Test("one minister meeting someone in a capital still meets that someone")
    func onePartyWithCounterpart() {
        let text = "The Japanese foreign minister met the Chinese foreign minister in Beijing on Wednesday."
        let events = Self.coder.code(Document(id: "n", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "04" && $0.source.country == "JPN" && $0.target?.country == "CHN" })
    }

    @Test("two verbs of one kind in a sentence are two acts")
    func twoVerbsTwoActs() {
        let text = "The South Korean president flew to Vladivostok on Tuesday and met the Russian president on Wednesday."
        let events = Self.coder.code(Document(id: "v", text: text, publicationDate: Self.day)).events
        #expect(events.filter { $0.root == "04" && $0.source.country == "KOR" && $0.target?.country == "RUS" }.count == 2)
    }

    @Test("'met with X in a city' meets X, not the city's country")
    func metWithInCity() {
        let text = "The American secretary of state met with the Kenyan foreign minister in Geneva on Tuesday."
        let events = Self.coder.code(Document(id: "w", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "04" && $0.source.country == "USA" && $0.target?.country == "KEN" })
        #expect(!events.contains { $0.target?.country == "CHE" })
    }

    @Test("the party of the occasion is no party to the meeting")
    func occasionIsNoParty() {
        let text = "The South Korean foreign minister and the Japanese foreign minister met in Bangkok on Wednesday, on the sidelines of a meeting with their Chinese counterpart."
        let events = Self.coder.code(Document(id: "o", text: text, publicationDate: Self.day)).events
        #expect(events.contains { $0.root == "04" && Set([$0.source.country, $0.target?.country]) == Set(["KOR", "JPN"]) })
        #expect(!events.contains { $0.target?.country == "CHN" })
    }
}
