import Foundation

/// Chronicle's event coder: from a document's sentences, actors and dates, the interactions
/// between actors as event records of schema version 1 (`DESIGN.md`, "Event record").
///
/// Each sentence is read into clause frames; frames are matched to the verb lexicon and event
/// nouns to the noun lexicon; complements, modes, attribution (`according to Kyodo`), dates
/// (`date_basis`) and places are resolved; one record is written per source, target and root.
///
/// ```swift
/// let coder = EventCoder.shipped()
/// let coded = coder.code(Document(id: "d1", text: "Japan condemned North Korea's missile launch.",
///                                 publicationDate: CalendarDay(iso: "2017-02-13")))
/// coded.events.first?.cameo   // "111"
/// ```
public struct EventCoder: Sendable {
    /// The pattern lexicons.
    public let lexicon: PatternLexicon
    /// The CAMEO table.
    public let ontology: CAMEOOntology
    /// Finds actor mentions in a document (Chronicle's actor resolver when it is linked in).
    public var actorFinder: @Sendable (Document) -> [ActorSpan]
    /// Finds dated temporal expressions in a document.
    public var timeFinder: @Sendable (Document) -> [TimeSpan]
    /// Splits a document into sentences of words (with tags when a tagger is linked in).
    public var sentenceFinder: @Sendable (Document) -> [EventSentence]

    let sentenceCoder: SentenceCoder

    /// Creates a coder from lexicons and the analysis stages it reads.
    public init(lexicon: PatternLexicon = .shipped, ontology: CAMEOOntology = .shipped,
                sentenceFinder: @escaping @Sendable (Document) -> [EventSentence] = {
                    EventSentence.sentences(of: SegmentedText($0.text, mode: .universalDependencies))
                },
                actorFinder: @escaping @Sendable (Document) -> [ActorSpan] = { _ in [] },
                timeFinder: @escaping @Sendable (Document) -> [TimeSpan] = { _ in [] }) {
        self.lexicon = lexicon
        self.ontology = ontology
        self.sentenceFinder = sentenceFinder
        self.actorFinder = actorFinder
        self.timeFinder = timeFinder
        self.sentenceCoder = SentenceCoder(lexicon: lexicon, ontology: ontology)
    }

    /// Codes a document.
    public func code(_ document: Document) -> CodedDocument {
        codeExplained(document).0
    }

    /// Codes a document and explains every event (pattern, rule and spans).
    public func codeExplained(_ document: Document) -> (CodedDocument, [EventExplanation]) {
        var sentences = sentenceFinder(document)
        let actors = actorFinder(document).sorted { $0.start < $1.start }
        let times = timeFinder(document).sorted { $0.start < $1.start }
        for k in sentences.indices {
            let s = sentences[k]
            sentences[k].actors = actors.filter { $0.start >= s.start && $0.end <= s.end }
            sentences[k].times = times.filter { $0.start >= s.start && $0.end <= s.end }
        }
        return code(document, sentences: sentences)
    }

    /// Codes sentences that already carry their actors and times.
    public func code(_ document: Document, sentences: [EventSentence]) -> (CodedDocument, [EventExplanation]) {
        var events: [EventRecord] = []
        var explanations: [EventExplanation] = []
        var clock: (TimeSpan, Int)?   // the narrative clock and its paragraph
        for s in sentences {
            let reporters = Attribution.reporters(in: s)
            for c in sentenceCoder.candidates(s) {
                guard let (record, why) = record(c, s, document, reporters: reporters, clock: clock) else { continue }
                events.append(record)
                explanations.append(why)
            }
            if let last = s.times.last { clock = (last, s.paragraph) }
        }
        let records = sentences.map {
            SentenceRecord(index: $0.index, start: $0.start, end: $0.end, text: $0.text)
        }
        let actorRecords = sentences.flatMap { $0.actors }.map {
            ActorMentionRecord(text: $0.text, start: $0.start, end: $0.end, country: $0.country, sector: $0.sector,
                               role: nil, name: $0.name, code: $0.code, how: "dictionary")
        }
        let timeRecords = sentences.flatMap { $0.times }.map {
            TimeRecord(text: $0.text, start: $0.start, end: $0.end, type: "DATE", value: $0.value, mod: nil, anchor: nil)
        }
        return (CodedDocument(document: document, sentences: records, times: timeRecords, actors: actorRecords,
                              events: events), explanations)
    }
}
