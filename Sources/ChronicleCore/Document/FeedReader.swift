/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one document per `<item>` or `<entry>`.
///
/// - text: `content:encoded`, else `content`, `description` or `summary`; HTML inside (escaped,
///   in CDATA, or inline XHTML) goes through ``HTMLReader``;
/// - date: `pubDate` (RFC 822), `published`, `dc:date`, else `updated`;
/// - title, link (`<link>` text or Atom `href`), author (`author/name`, `dc:creator`, RSS `author`);
/// - source: the item's `<source>`, else the feed's title;
/// - id: the `guid`/`id` as a slug, else `<file id>#<item number>`; `origin.line` is the item number.
///
/// A file that is not XML, XML that is not a feed, an item without text, or a feed cut short
/// gives errors; the items that read are still returned.
///
/// ```swift
/// let results = FeedReader.read(Array(rss.utf8), path: "news.rss", fileID: "news")
/// ```
enum FeedReader {
    static func read(_ bytes: [UInt8], path: String, fileID: String) -> [Result<Document, DocumentReadError>] {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count, ReaderBytes.isSpace(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else {
            let preview = String(decoding: bytes[start..<min(bytes.count, start + 30)], as: UTF8.self)
                .split(separator: "\n").first.map(String.init) ?? ""
            return [.failure(DocumentReadError(code: .notXML, path: path,
                message: "not XML, so not an RSS or Atom feed (it starts with \"\(preview)\")"))]
        }
        var walk = Walk(bytes: bytes, path: path, fileID: fileID)
        walk.run(from: start)
        return walk.results
    }

    /// One pass over the feed's tokens.
    private struct Walk {
        let bytes: [UInt8]
        let path: String
        let fileID: String
        var results: [Result<Document, DocumentReadError>] = []

        private var root: String?
        private var rootClosed = false
        private var stack: [(name: String, contentStart: Int)] = []
        private var itemDepth: Int?
        private var fields: [String: String] = [:]
        private var itemCount = 0
        private var feedTitle: String?

        init(bytes: [UInt8], path: String, fileID: String) {
            self.bytes = bytes
            self.path = path
            self.fileID = fileID
        }

        mutating func run(from start: Int) {
            var tokenizer = MarkupTokenizer(bytes, mode: .xml, from: start)
            while let token = tokenizer.next() {
                switch token {
                case .startTag(let tag):
                    if root == nil {
                        root = tag.name
                        guard ["rss", "feed", "rdf:rdf"].contains(tag.name) else {
                            results.append(.failure(DocumentReadError(code: .malformedFeed, path: path,
                                message: "XML, but not an RSS or Atom feed (the root element is <\(tag.name)>)")))
                            return
                        }
                    }
                    if itemDepth == nil, tag.name == "item" || tag.name == "entry" {
                        itemDepth = stack.count
                        fields = [:]
                    } else if let depth = itemDepth, stack.count == depth + 1, tag.name == "link" {
                        let rel = tag.attribute("rel") ?? "alternate"
                        if rel == "alternate", let href = tag.attribute("href"), fields["link@href"] == nil {
                            fields["link@href"] = href
                        }
                    }
                    if !tag.selfClosing {
                        stack.append((tag.name, tag.range.upperBound))
                    }
                case .endTag(let name, let range):
                    guard let index = stack.lastIndex(where: { $0.name == name }) else { continue }
                    let open = stack[index]
                    stack.removeSubrange(index...)
                    if let depth = itemDepth {
                        if stack.count == depth {
                            finishItem()
                            itemDepth = nil
                        } else if stack.count <= depth + 2 {
                            let pathNames = stack[(depth + 1)...].map(\.name) + [open.name]
                            let key = pathNames.joined(separator: "/")
                            if fields[key] == nil { fields[key] = xmlText(open.contentStart..<range.lowerBound) }
                        }
                    } else if open.name == "title", feedTitle == nil,
                              let parent = stack.last?.name, parent == "channel" || parent == "feed" {
                        feedTitle = HTMLReader.Extraction.clean(Array(xmlText(open.contentStart..<range.lowerBound).utf8))
                    }
                    if stack.isEmpty, name == root { rootClosed = true }
                default:
                    continue
                }
            }
            if root == nil {
                results.append(.failure(DocumentReadError(code: .notXML, path: path,
                    message: "not XML: no element found, so not an RSS or Atom feed")))
            } else if !rootClosed {
                results.append(.failure(DocumentReadError(code: .malformedFeed, path: path,
                    message: "the feed ends before </\(root!)> (truncated?); \(itemCount) items read")))
            } else if itemCount == 0 {
                results.append(.failure(DocumentReadError(code: .empty, path: path,
                    message: "the feed holds no <item> or <entry>")))
            }
        }

        private mutating func finishItem() {
            itemCount += 1
            let number = itemCount
            func field(_ names: String...) -> String? {
                for name in names {
                    if let value = fields[name], let cleaned = HTMLReader.Extraction.clean(Array(value.utf8)) {
                        return cleaned
                    }
                }
                return nil
            }
            var body: String?
            for name in ["content:encoded", "content", "description", "summary"] {
                guard let raw = fields[name], raw.contains(where: { !$0.isWhitespace }) else { continue }
                body = raw.contains("<") ? HTMLReader.read(raw).text : HTMLReader.Extraction.clean(Array(raw.utf8))
                if body?.isEmpty == false { break }
            }
            guard let text = body, !text.isEmpty else {
                results.append(.failure(DocumentReadError(code: .invalidField, path: path, line: number,
                    message: "item \(number) has no text (content:encoded, content, description or summary)")))
                return
            }
            let guid = field("guid", "id")
            let id = guid.map(Self.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "\(fileID)#\(number)"
            var title = field("title")
            if let t = title, t.contains("<") { title = HTMLReader.read(t).text }
            let dateText = field("pubdate", "published", "dc:date", "issued", "updated", "modified")
            var author = field("author/name", "dc:creator", "author")
            if let a = author, a.contains("@"), let open = a.firstIndex(of: "("), let close = a.lastIndex(of: ")"), open < close {
                author = ReaderText.trim(a[a.index(after: open)..<close])    // "jane@example.org (Jane Doe)"
            }
            results.append(.success(Document(
                id: id, text: text, publicationDate: dateText.flatMap { DateTextParser.first(in: $0)?.calendarDay },
                title: title, author: author, source: field("source") ?? feedTitle,
                url: field("link@href", "link"), origin: DocumentOrigin(path: path, line: number))))
        }

        /// The text of an element's content: CDATA unwrapped, references decoded, markup kept.
        private func xmlText(_ range: Range<Int>) -> String {
            var out: [UInt8] = []
            out.reserveCapacity(range.count)
            var i = range.lowerBound
            let cdata = Array("<![CDATA[".utf8)
            while i < range.upperBound {
                if bytes[i] == UInt8(ascii: "<"), i + cdata.count <= range.upperBound,
                   bytes[i..<(i + cdata.count)].elementsEqual(cdata) {
                    var j = i + cdata.count
                    while j + 2 < range.upperBound,
                          !(bytes[j] == UInt8(ascii: "]") && bytes[j + 1] == UInt8(ascii: "]") && bytes[j + 2] == UInt8(ascii: ">")) {
                        j += 1
                    }
                    let end = min(j, range.upperBound)
                    out.append(contentsOf: bytes[(i + cdata.count)..<end])
                    i = min(range.upperBound, end + 3)
                    continue
                }
                var j = i
                while j < range.upperBound, bytes[j] != UInt8(ascii: "<") { j += 1 }
                HTMLEntities.append(bytes[i..<j], to: &out, xmlOnly: false)
                if j < range.upperBound { out.append(bytes[j]) ; j += 1 }
                i = j
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// A readable id from a guid: `https://ex.org/news/123` → `ex.org-news-123`.
        static func slug(_ guid: String) -> String {
            var text = Substring(guid)
            for scheme in ["https://", "http://", "tag:", "urn:"] where text.lowercased().hasPrefix(scheme) {
                text = text.dropFirst(scheme.count)
            }
            var out = ""
            var dash = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_" {
                    if dash, !out.isEmpty { out.append("-") }
                    dash = false
                    out.unicodeScalars.append(scalar)
                } else {
                    dash = true
                }
            }
            return String(out.prefix(120))
        }
    }
}
