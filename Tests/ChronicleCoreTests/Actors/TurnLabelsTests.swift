import Testing
@testable import ChronicleCore

/// Capitalized transcript labels are read in title case, with every offset kept.
@Suite("Turn labels")
struct TurnLabelsTests {
    @Test("a capitalized label that opens a line and ends with a colon is title-cased")
    func labels() {
        let text = "Remarks\n\nPRESIDENT BIDEN: Good afternoon.\n\nPRIME MINISTER KISHIDA: Thank you, Joe."
        let out = TurnLabels.titleCased(text)
        #expect(out == "Remarks\n\nPresident Biden: Good afternoon.\n\nPrime Minister Kishida: Thank you, Joe.")
        #expect(out.utf8.count == text.utf8.count)
    }

    @Test("capitals elsewhere, or without a colon, stay as written")
    func untouched() {
        let text = "The NATO summit opened.\nWASHINGTON (AP) -- Talks resumed.\nNote: the UN met.\nNEW DELHI: India protested."
        #expect(TurnLabels.titleCased(text) == text)
    }

    @Test("the resolver reads a capitalized label as the speaker of its turn")
    func speakerOfTurn() throws {
        let resolver = try ActorResolver.shipped()
        let text = "Remarks\n\nPRIME MINISTER KISHIDA: Thank you. We oppose the missile launches."
        let mentions = resolver.resolve(text: text, publicationDate: CalendarDay(iso: "2024-04-10"))
        let we = mentions.first { $0.text == "We" }
        #expect(we?.country == "JPN")
    }
}
