extension HTMLReader {
    /// What a page's `<meta>`, `<link>`, `<time>`, `<title>`, `<h1>` and JSON-LD say about it.
    struct Metadata: Sendable, Equatable {
        var ogTitle: String?
        var h1: String?
        var titleTag: String?
        var jsonLDHeadline: String?
        /// The best date so far and its priority (lower wins).
        var date: CalendarDay?
        var datePriority = Int.max
        var metaAuthor: String?
        var jsonLDAuthor: String?
        /// The name in the first element with class or id `byline`/`author` (`By Jane Doe · June 12`).
        var bylineAuthor: String?
        var canonical: String?
        var ogURL: String?
        var siteName: String?

        /// Title: `og:title`, else the first `<h1>`, else JSON-LD `headline`, else `<title>`
        /// without the site name it often ends with (`Talks resume | The Ledger`).
        var bestTitle: String? { ogTitle ?? h1 ?? jsonLDHeadline ?? titleTag.map(withoutSiteName) }

        private func withoutSiteName(_ title: String) -> String {
            guard let siteName, !siteName.isEmpty else { return title }
            for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} "] {
                let suffix = separator + siteName
                if title.hasSuffix(suffix), title.count > suffix.count { return String(title.dropLast(suffix.count)) }
                let prefix = siteName + separator
                if title.hasPrefix(prefix), title.count > prefix.count { return String(title.dropFirst(prefix.count)) }
            }
            return title
        }
        /// Date, by priority: `article:published_time`, JSON-LD `datePublished`, date metas and
        /// `<time pubdate>`, other `<time>`, modification dates.
        var bestDate: CalendarDay? { date }
        var bestAuthor: String? { metaAuthor ?? jsonLDAuthor ?? bylineAuthor }
        var bestURL: String? { canonical ?? ogURL }

        /// Keeps `day` when it comes from a better source than the current date.
        mutating func offer(date day: CalendarDay, priority: Int) {
            if priority < datePriority {
                date = day
                datePriority = priority
            }
        }

        private static let publishedKeys: [String: Int] = [
            "article:published_time": 0, "og:published_time": 0, "og:article:published_time": 0,
            "datepublished": 2, "date": 2, "pubdate": 2, "publishdate": 2, "publish-date": 2,
            "publication_date": 2, "publication-date": 2, "dc.date": 2, "dc.date.issued": 2,
            "dcterms.date": 2, "dcterms.issued": 2, "dcterms.created": 2, "sailthru.date": 2,
            "parsely-pub-date": 2, "article.published": 2, "originalpublicationdate": 2,
            "article:modified_time": 5, "og:updated_time": 5, "datemodified": 5, "last-modified": 5,
        ]

        private static let authorKeys: Set<String> = [
            "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
            "parsely-author", "byl",
        ]

        mutating func readMeta(_ tag: MarkupTokenizer.Tag) {
            guard let key = (tag.attribute("property") ?? tag.attribute("name") ?? tag.attribute("itemprop"))?
                    .lowercased(),
                  let content = tag.attribute("content").map(ReaderText.trim), !content.isEmpty else { return }
            if key == "og:title" || key == "twitter:title" {
                if ogTitle == nil { ogTitle = content }
            } else if let priority = Self.publishedKeys[key] {
                if let day = DateTextParser.firstDay(in: content) { offer(date: day, priority: priority) }
            } else if Self.authorKeys.contains(key) {
                if metaAuthor == nil, !content.hasPrefix("http"), let name = Self.personName(content) {
                    metaAuthor = name
                }
            } else if key == "og:url" {
                if ogURL == nil { ogURL = content }
            } else if key == "og:site_name" || key == "application-name" {
                if siteName == nil { siteName = content }
            }
        }

        mutating func readLink(_ tag: MarkupTokenizer.Tag) {
            guard let rel = tag.attribute("rel")?.lowercased(), rel.split(separator: " ").contains("canonical"),
                  let href = tag.attribute("href").map(ReaderText.trim), !href.isEmpty, canonical == nil else { return }
            canonical = href
        }

        /// Reads a `<script type="application/ld+json">` block; broken JSON is ignored.
        mutating func readJSONLD(_ bytes: ArraySlice<UInt8>) {
            guard let value = try? JSONValue.parse(bytes) else { return }
            visit(value, depth: 0)
        }

        private mutating func visit(_ value: JSONValue, depth: Int) {
            guard depth < 8 else { return }
            switch value {
            case .array(let items):
                for item in items { visit(item, depth: depth + 1) }
            case .object(let members):
                if let text = members["datePublished"]?.scalarText, let day = DateTextParser.firstDay(in: text) {
                    offer(date: day, priority: 1)
                } else if let text = members["dateCreated"]?.scalarText, let day = DateTextParser.firstDay(in: text) {
                    offer(date: day, priority: 3)
                } else if let text = members["dateModified"]?.scalarText, let day = DateTextParser.firstDay(in: text) {
                    offer(date: day, priority: 5)
                }
                if jsonLDHeadline == nil, let headline = members["headline"]?.scalarText.map(ReaderText.trim), !headline.isEmpty {
                    jsonLDHeadline = headline
                }
                if jsonLDAuthor == nil, let author = members["author"] { jsonLDAuthor = Self.authorName(author) }
                if siteName == nil, let publisher = members["publisher"]?["name"]?.scalarText { siteName = publisher }
                for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                    if let inner = members[key] { visit(inner, depth: depth + 1) }
                }
            default:
                break
            }
        }

        private static func authorName(_ value: JSONValue) -> String? {
            switch value {
            case .string(let s): return personName(s)
            case .object(let members): return members["name"]?.scalarText.flatMap(personName)
            case .array(let items):
                let names = items.compactMap(authorName)
                return names.isEmpty ? nil : names.joined(separator: ", ")
            default: return nil
            }
        }

        /// A byline cleaned of a leading "By".
        static func personName(_ text: String) -> String? {
            var name = ReaderText.trim(text)
            if name.lowercased().hasPrefix("by ") { name = ReaderText.trim(name.dropFirst(3)) }
            return name.isEmpty ? nil : name
        }
    }
}

/// Small string helpers the readers share.
enum ReaderText {
    /// `text` without leading and trailing white space (ASCII and Unicode).
    static func trim(_ text: some StringProtocol) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = text.lastIndex(where: { !$0.isWhitespace })!
        return String(text[first...last])
    }
}
