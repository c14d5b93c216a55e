import ChronicleCore
import ChronicleStore

/// Builders for constructed reports: every sentence here is written for these tests.
enum Fixtures {
    /// Quad and Goldstein of the few CAMEO codes the tests use.
    static let codes: [String: (quad: Int, goldstein: Double)] = [
        "040": (1, 1.0), "042": (1, 1.9), "043": (1, 2.8), "036": (1, 4.0), "057": (1, 8.0),
        "061": (2, 6.4), "112": (3, -2.0), "130": (3, -4.4), "190": (4, -10.0),
    ]

    /// A date written as a day (`2018-06-12`), a month (`2018-06`), a year (`2018`) or an
    /// interval (`2018-10-06/2018-10-08`), with its first and last day.
    static func dates(_ value: String?) -> (String?, CalendarDay?, CalendarDay?) {
        guard let value else { return (nil, nil, nil) }
        if let slash = value.firstIndex(of: "/") {
            return (value, CalendarDay(iso: value[..<slash]), CalendarDay(iso: value[value.index(after: slash)...]))
        }
        switch value.count {
        case 10:
            let day = CalendarDay(iso: value)!
            return (value, day, day)
        case 7:
            let first = CalendarDay(iso: value + "-01")!
            let last = CalendarDay(year: first.year, month: first.month,
                                   day: CalendarDay.daysIn(month: first.month, year: first.year))!
            return (value, first, last)
        default:
            let year = Int(value)!
            return (value, CalendarDay(year: year, month: 1, day: 1), CalendarDay(year: year, month: 12, day: 31))
        }
    }

    static func event(_ id: String, doc: String = "d", _ source: String?, _ target: String?, _ cameo: String,
                      _ date: String?, basis: DateBasis = .explicit, mode: EventMode = .asserted,
                      sentence: Int = 0, text: String = "Officials of both sides held talks.",
                      reportedBy: [String] = [], confidence: Double = 0.8) -> EventRecord {
        let (value, start, end) = dates(date)
        let code = codes[cameo] ?? (1, 0.0)
        return EventRecord(
            id: id, doc: doc, sentenceIndex: sentence, date: value, dateStart: start, dateEnd: end,
            dateBasis: date == nil ? nil : basis,
            source: ActorRef(text: source ?? "someone", country: source, code: source),
            target: target.map { ActorRef(text: $0, country: $0, code: $0) },
            cameo: cameo, root: String(cameo.prefix(2)), quad: code.quad, goldstein: code.goldstein,
            plover: nil, mode: mode, location: nil, reportedBy: reportedBy, text: text,
            span: [0, text.unicodeScalars.count], confidence: confidence)
    }

    static func mention(_ record: EventRecord, doc: String? = nil, ordinal: Int = 0, outlet: String? = nil) -> StoredMention {
        StoredMention(documentID: doc ?? record.doc, ordinal: ordinal, record: record, documentSource: outlet)
    }

    /// A coded document whose sentences are its events' evidence, one each, in order.
    static func document(_ id: String, date: String?, source: String?, title: String? = nil,
                         events: [EventRecord], extraSentences: [String] = []) -> CodedDocument {
        var sentences: [SentenceRecord] = []
        var text = ""
        var fixed: [EventRecord] = []
        for (i, sentenceText) in (events.map(\.text) + extraSentences).enumerated() {
            let start = text.unicodeScalars.count
            text += sentenceText + " "
            sentences.append(SentenceRecord(index: i, start: start, end: start + sentenceText.unicodeScalars.count,
                                            text: sentenceText))
            if i < events.count {
                var e = events[i]
                e.doc = id
                e.sentenceIndex = i
                e.span = [start, start + sentenceText.unicodeScalars.count]
                fixed.append(e)
            }
        }
        let document = Document(id: id, text: text, publicationDate: date.flatMap { CalendarDay(iso: $0) },
                                title: title ?? "Report \(id)", source: source)
        return CodedDocument(document: document, sentences: sentences,
                             times: [TimeRecord(text: "June", start: 0, end: 4, type: "DATE", value: "2018-06",
                                                mod: nil, anchor: "publication")],
                             actors: [ActorMentionRecord(text: "Seoul", start: 0, end: 5, country: "KOR", sector: nil,
                                                         role: nil, name: nil, code: "KOR", how: "metonymy")],
                             events: fixed)
    }

    /// A small corpus about one summit season, reported by several outlets.
    static var corpus: [CodedDocument] {
        [
            document("yonhap-0613", date: "2018-06-13", source: "Yonhap", events: [
                event("y1", "USA", "PRK", "040", "2018-06-12",
                      text: "The American and North Korean leaders met in Singapore on Tuesday."),
                event("y2", "PRK", "USA", "112", "2018-06-13", basis: .publication,
                      text: "Pyongyang criticized Washington over the drills."),
            ]),
            document("kcna-0614", date: "2018-06-14", source: "KCNA", events: [
                event("k1", "PRK", "USA", "040", "2018-06", basis: .narrative,
                      text: "The supreme leader held a historic meeting with the American president in June."),
            ], extraSentences: ["A secret meeting of officials was not confirmed."]),
            document("kyodo-0620", date: "2018-06-20", source: "Kyodo", events: [
                event("j1", "USA", "PRK", "040", "2018-06-19",
                      text: "Envoys of the two countries met again in Panmunjom.", reportedBy: ["NHK"]),
                event("j2", "JPN", "KOR", "042", "2018-06-20",
                      text: "The Japanese foreign minister visited Seoul."),
            ]),
            document("asahi-0621", date: "2018-06-21", source: "Asahi", events: [
                event("a1", "KOR", "JPN", "043", "2018-06-21", basis: .publication,
                      text: "Seoul hosted the Japanese foreign minister for a secret meeting."),
                event("a2", "PRK", "JPN", "130", "2018-07-02",
                      text: "North Korea threatened Japan in a statement."),
                event("a3", "JPN", "PRK", "190", nil, text: "Japan fired on a vessel."),
            ]),
        ]
    }
}
