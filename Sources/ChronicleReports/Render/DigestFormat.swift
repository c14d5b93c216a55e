/// The formats a digest can be written in.
public enum DigestFormat: String, Sendable, CaseIterable, Codable {
    /// Self-contained HTML with inline CSS and SVG charts.
    case html
    /// Markdown.
    case md
    /// JSON: the same content as data.
    case json
    /// CSV: one row per merged event.
    case csv

    /// The file extension.
    public var fileExtension: String { rawValue }

    /// The MIME type for downloads.
    public var mimeType: String {
        switch self {
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .json: "application/json"
        case .csv: "text/csv; charset=utf-8"
        }
    }
}

/// Renders a digest in any format: the entry point the CLI and the web UI share.
///
/// ```swift
/// let html = DigestRenderer().render(data, as: .html)
/// try html.write(to: URL(fileURLWithPath: "digest.html"), atomically: true, encoding: .utf8)
/// ```
public struct DigestRenderer: Sendable {
    /// The narrative templates.
    public var narrative: BalanceNarrative

    /// Creates a renderer.
    public init(narrative: BalanceNarrative = .shipped) {
        self.narrative = narrative
    }

    /// The digest of `data` in `format`.
    public func render(_ data: DigestData, as format: DigestFormat) -> String {
        let digest = ComposedDigest(data, narrative: narrative)
        switch format {
        case .html: return HTMLDigestWriter(digest).write()
        case .md: return MarkdownDigestWriter(digest).write()
        case .json: return JSONDigestWriter(digest).write()
        case .csv: return CSVDigestWriter(digest).write()
        }
    }
}
