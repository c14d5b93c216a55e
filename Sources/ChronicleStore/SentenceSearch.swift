import ChronicleCore

/// A full-text search over stored sentences.
///
/// Words are matched after stemming and case folding (SQLite FTS5 with the Porter tokenizer,
/// PostgreSQL `plainto_tsquery('english', …)`); every word must occur in the sentence.
/// Dates restrict the publication date of the documents.
///
/// ```swift
/// let hits = try await store.search(SentenceQuery("secret meeting", from: CalendarDay(iso: "2018-01-01")))
/// ```
public struct SentenceQuery: Sendable, Hashable {
    /// The words to find.
    public var text: String
    /// Earliest publication date.
    public var from: CalendarDay?
    /// Latest publication date.
    public var to: CalendarDay?
    /// At most this many sentences.
    public var limit: Int

    /// Creates a query.
    public init(_ text: String, from: CalendarDay? = nil, to: CalendarDay? = nil, limit: Int = 100) {
        self.text = text
        self.from = from
        self.to = to
        self.limit = limit
    }

    /// The query's words: letters and digits, lowercased. Both backends receive these words
    /// only, so punctuation in the query never becomes search syntax.
    public var words: [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}

/// A sentence that matched a search, with the events coded in it.
///
/// Hits are ordered by publication date (undated last), then document id and sentence.
public struct SentenceHit: Sendable, Hashable, Codable {
    /// The document.
    public var documentID: String
    /// Its headline.
    public var title: String?
    /// Its publisher.
    public var source: String?
    /// Its publication date.
    public var publicationDate: CalendarDay?
    /// The sentence.
    public var sentence: SentenceRecord
    /// The merged events that have a report in this sentence.
    public var events: [MergedEvent]

    /// Creates a hit.
    public init(documentID: String, title: String?, source: String?, publicationDate: CalendarDay?,
                sentence: SentenceRecord, events: [MergedEvent]) {
        self.documentID = documentID
        self.title = title
        self.source = source
        self.publicationDate = publicationDate
        self.sentence = sentence
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "doc"
        case title, source
        case publicationDate = "publication_date"
        case sentence, events
    }
}
