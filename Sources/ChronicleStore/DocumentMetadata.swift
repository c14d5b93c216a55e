import ChronicleCore

/// What a store knows about a document without its text: headline, outlet, date, link.
///
/// Reports that list sources (the digest's chronology, the event page) need only these
/// fields; reading them with ``EventStore/documentMetadata(ids:)`` leaves the article text,
/// usually the largest column of the database, on disk.
///
/// ```swift
/// let meta = try await store.documentMetadata(ids: ["yonhap-0613"])
/// meta.first?.url   // "https://…"
/// ```
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The document id.
    public var id: String
    /// The headline.
    public var title: String?
    /// The author or byline.
    public var author: String?
    /// The publisher.
    public var source: String?
    /// The address the document was read from.
    public var url: String?
    /// The publication date.
    public var publicationDate: CalendarDay?
    /// ``ContentHash/of(_:)`` of the document when it was stored.
    public var contentHash: String

    /// Creates the metadata of a document.
    public init(id: String, title: String?, author: String?, source: String?, url: String?,
                publicationDate: CalendarDay?, contentHash: String) {
        self.id = id
        self.title = title
        self.author = author
        self.source = source
        self.url = url
        self.publicationDate = publicationDate
        self.contentHash = contentHash
    }

    /// The metadata of a stored document.
    public init(_ stored: StoredDocument) {
        let d = stored.document
        self.init(id: d.id, title: d.title, author: d.author, source: d.source, url: d.url,
                  publicationDate: d.publicationDate, contentHash: stored.contentHash)
    }

    enum CodingKeys: String, CodingKey {
        case id, title, author, source, url
        case publicationDate = "publication_date"
        case contentHash = "content_hash"
    }
}
