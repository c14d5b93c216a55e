import Foundation

/// The `meta.json` of one folder of an evaluation set laid out like `../shared/eval/dev`: the
/// publication date of its `article.txt`, the publisher and the address.
///
/// The `eval` commands read it so that every scorer dates and attributes an article the same
/// way `chronicle code --date … --publisher …` would.
///
/// ```swift
/// let meta = EvaluationMeta.load(folder: "../shared/eval/dev/g05")
/// var doc = Document(id: "g05", text: article, publicationDate: meta.date)
/// doc.source = meta.publisher
/// ```
public struct EvaluationMeta: Sendable, Equatable {
    /// `"date"`: the publication date (the first ten characters, `YYYY-MM-DD`).
    public var date: CalendarDay?
    /// `"source"`: the publisher, whose country is the article's home.
    public var publisher: String?
    /// `"url"`: where the article was published.
    public var url: String?

    /// Creates metadata from its parts.
    public init(date: CalendarDay? = nil, publisher: String? = nil, url: String? = nil) {
        self.date = date
        self.publisher = publisher
        self.url = url
    }

    /// Reads `folder/meta.json`; a missing or malformed file gives empty metadata, since the
    /// scorers can still score an undated article.
    public static func load(folder: String) -> EvaluationMeta {
        let path = (folder as NSString).appendingPathComponent("meta.json")
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return EvaluationMeta() }
        return EvaluationMeta(date: (object["date"] as? String).flatMap { CalendarDay(iso: $0.prefix(10)) },
                              publisher: object["source"] as? String, url: object["url"] as? String)
    }
}
