/// One article as Chronicle reads it: the text and what is known about it.
///
/// Every later stage (sentences, syntax, time, actors, events) reads a `Document` and never
/// changes it; offsets that Chronicle reports are Unicode scalar indices into ``text``.
///
/// ```swift
/// let doc = Document(id: "kcna-0612", text: "SEOUL, June 12 (Yonhap) -- ...",
///                    publicationDate: CalendarDay(iso: "2018-06-12"))
/// ```
public struct Document: Sendable, Hashable, Codable {
    /// A stable identifier: given by the input (JSON Lines `id`) or derived from the path.
    public var id: String
    /// The article text, as read (after decoding and markup removal).
    public var text: String
    /// The publication date, from the input, the dateline, metadata, or `--date`.
    public var publicationDate: CalendarDay?
    /// The headline.
    public var title: String?
    /// The byline.
    public var author: String?
    /// The publisher or agency (e.g. "Yonhap", "KCNA").
    public var source: String?
    /// Where the article was published.
    public var url: String?
    /// Where Chronicle read it from.
    public var origin: DocumentOrigin

    /// Creates a document.
    public init(id: String, text: String, publicationDate: CalendarDay? = nil, title: String? = nil,
                author: String? = nil, source: String? = nil, url: String? = nil,
                origin: DocumentOrigin = DocumentOrigin()) {
        self.id = id
        self.text = text
        self.publicationDate = publicationDate
        self.title = title
        self.author = author
        self.source = source
        self.url = url
        self.origin = origin
    }
}

/// Where a document came from: a file (and line, for JSON Lines), an item of a feed, or stdin.
public struct DocumentOrigin: Sendable, Hashable, Codable {
    /// The file path, or `-` for standard input; nil for documents built in memory.
    public var path: String?
    /// The 1-based line (JSON Lines) or item number (feeds), when the file holds several documents.
    public var line: Int?

    /// Creates an origin.
    public init(path: String? = nil, line: Int? = nil) {
        self.path = path
        self.line = line
    }
}
