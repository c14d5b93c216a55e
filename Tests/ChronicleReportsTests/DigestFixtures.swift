import ChronicleCore
@testable import ChronicleReports

/// A small, fixed set of merged events for the digest tests: Japan and North Korea over 2018,
/// one event whose evidence is hostile markup.
enum DigestFixtures {
    static func actor(_ text: String, _ country: String, _ sector: String? = nil, name: String? = nil) -> ActorRef {
        ActorRef(text: text, country: country, sector: sector, code: country + (sector ?? ""), name: name)
    }

    static func report(_ doc: String, _ evidence: String, title: String, outlet: String?, day: String,
                       highlights: [EvidenceHighlight] = [], url: String? = nil, reportedBy: [String] = []) -> DigestReport {
        DigestReport(documentID: doc, title: title, url: url ?? "https://example.org/\(doc)",
                     publicationDate: CalendarDay(iso: day), outlet: outlet, reportedBy: reportedBy,
                     evidence: evidence, highlights: highlights)
    }

    static func event(_ id: String, _ date: String, _ source: ActorRef, _ target: ActorRef, cameo: String, name: String,
                      quad: Int, goldstein: Double, plover: String?, mode: EventMode = .asserted,
                      reports: [DigestReport]) -> DigestEvent {
        let start = CalendarDay(iso: date.count == 7 ? date + "-01" : date)
        var end = start
        if date.count == 7, let s = start {
            end = CalendarDay(year: s.year, month: s.month, day: CalendarDay.daysIn(month: s.month, year: s.year))
        }
        return DigestEvent(id: id, date: date, dateStart: start, dateEnd: end, source: source, target: target,
                           cameo: cameo, root: String(cameo.prefix(2)), quad: quad, goldstein: goldstein,
                           plover: plover, cameoName: name, mode: mode, reports: reports)
    }

    static let abeSentence = "Prime Minister Shinzo Abe said on Monday that he would like to meet Kim Jong Un."

    /// Highlights at the first occurrence of each phrase, in Unicode scalar offsets.
    static func highlights(in text: String, _ phrases: [(EvidenceHighlight.Role, String)]) -> [EvidenceHighlight] {
        phrases.compactMap { role, phrase in
            guard let r = text.range(of: phrase) else { return nil }
            let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
            return EvidenceHighlight(role: role, start: start, end: start + phrase.unicodeScalars.count)
        }
    }

    static let japan = actor("Japan", "JPN")
    static let abe = actor("Prime Minister Shinzo Abe", "JPN", "GOV", name: "Shinzo Abe")
    static let northKorea = actor("North Korea", "PRK")
    static let kcna = actor("Pyongyang", "PRK", "GOV")

    static var events: [DigestEvent] {
        [
            event("e1", "2018-03-12", abe, northKorea, cameo: "036", name: "Express intent to meet or negotiate",
                  quad: 1, goldstein: 4.0, plover: "AGREE", mode: .intended,
                  reports: [report("tokyo-wire-0312", abeSentence,
                                   title: "Abe open to summit", outlet: "Tokyo Wire", day: "2018-03-13",
                                   highlights: highlights(in: abeSentence, [(.source, "Prime Minister Shinzo Abe"),
                                                (.date, "Monday"), (.verb, "would like to meet"), (.target, "Kim Jong Un")]))]),
            event("e2", "2018-03", japan, northKorea, cameo: "163", name: "Impose embargo, boycott, or sanctions",
                  quad: 4, goldstein: -8.0, plover: "SANCTION",
                  reports: [report("desk-0320", "Japan extended its sanctions against North Korea for two more years.",
                                   title: "Sanctions extended", outlet: "Peninsula Monitor", day: "2018-03-20")]),
            event("e3", "2018-05-09", kcna, japan, cameo: "111", name: "Criticize or denounce",
                  quad: 3, goldstein: -2.0, plover: "DISAPPROVE",
                  reports: [report("desk-0510", "Pyongyang denounced Tokyo's <script>alert('x')</script> \"pressure\" & called it futile.",
                                   title: "<b>Pyongyang</b> & Tokyo", outlet: "Desk \"Wire\"", day: "2018-05-10",
                                   highlights: [.init(role: .source, start: 0, end: 9)],
                                   url: "javascript:alert(1)", reportedBy: ["KCNA"])]),
            event("e4", "2018-06-14", japan, northKorea, cameo: "040", name: "Consult, not specified below",
                  quad: 1, goldstein: 1.0, plover: "CONSULT",
                  reports: [report("desk-0615", "Japanese and North Korean officials met in Ulaanbaatar on June 14.",
                                   title: "Quiet contact", outlet: "Peninsula Monitor", day: "2018-06-15"),
                            report("wire-0616", "Officials of the two countries held talks in Mongolia last week.",
                                   title: "Talks in Mongolia", outlet: "East Asia Wire", day: "2018-06-16")]),
        ]
    }

    static var dyad: DigestData {
        DigestData(selection: DigestSelection(dyad: ("JPN", "PRK"), from: CalendarDay(iso: "2018-01-01"),
                                              to: CalendarDay(iso: "2018-12-31")),
                   generatedAt: "2026-11-29T08:00:00Z", events: events,
                   countryNames: ["JPN": "Japan", "PRK": "North Korea"])
    }
}
