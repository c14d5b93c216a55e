/// Reads an HTML page: its main text and what its markup says about it (title, date, author,
/// canonical URL, site name).
///
/// The main text leaves out scripts, styles, navigation, headers and footers, forms, asides,
/// and blocks whose `class`, `id` or `role` mark them as share widgets, comment sections,
/// related links, newsletter boxes, cookie banners or menus. When the page has an article
/// container (`<article>`, `<main>`, `itemprop="articleBody"`, `class="article-body"`, ...)
/// the largest one is kept. Block elements become paragraph breaks (a blank line), `<br>` a
/// line break, runs of white space one space; entities are decoded.
///
/// ```swift
/// let page = HTMLReader.read("<title>T</title><article><p>Seoul &amp; Tokyo met.</p></article>")
/// page.text    // "Seoul & Tokyo met."
/// page.title   // "T"
/// ```
struct HTMLReader {
    /// What a page holds.
    struct Page: Sendable, Equatable {
        var text: String
        var title: String?
        var date: CalendarDay?
        var author: String?
        var url: String?
        var siteName: String?
    }

    /// Reads a page from its text.
    static func read(_ html: String) -> Page {
        read(bytes: Array(html.utf8))
    }

    /// Reads a page from UTF-8 bytes.
    static func read(bytes: [UInt8]) -> Page {
        var extraction = Extraction(bytes: bytes, strict: true)
        extraction.run()
        var text = extraction.mainText()
        if text.isEmpty {
            // The page hid everything behind a skipped block (an unclosed <nav>, a site that
            // wraps its story in <header>): fall back to all visible text.
            var loose = Extraction(bytes: bytes, strict: false)
            loose.run()
            text = loose.mainText()
        }
        let meta = extraction.metadata
        return Page(text: text, title: meta.bestTitle, date: meta.bestDate, author: meta.bestAuthor,
                    url: meta.bestURL, siteName: meta.siteName)
    }

    // MARK: - Element classes

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html", "head", "title",
    ]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen",
    ]

    /// Elements that belong in `<head>`; any other start tag ends an unclosed head.
    static let headElements: Set<String> = [
        "head", "title", "meta", "link", "style", "script", "base", "noscript", "template",
    ]

    /// Elements whose content is never article text.
    static let alwaysSkipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
        "canvas", "select", "textarea", "button",
    ]

    /// Elements that hold page furniture rather than the story.
    static let furniture: Set<String> = [
        "nav", "header", "footer", "aside", "form", "menu", "dialog", "figcaption",
    ]

    /// Words in `class`/`id` (split at `-`, `_`, spaces, case-insensitive) that mark furniture.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "sharebar", "social", "comment", "comments", "related", "newsletter",
        "cookie", "cookies", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs",
        "sidebar", "ad", "ads", "advert", "advertisement", "promo", "subscribe", "subscription",
        "popup", "modal", "banner", "masthead", "disqus", "recommended", "recommendations",
        "outbrain", "taboola", "trending", "popular", "toolbar", "consent", "paywall", "footer",
        "signup", "tags", "byline", "dateline", "skip", "hidden", "caption", "meta", "timestamp",
        "author", "authors",
    ]

    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "menu", "toolbar",
    ]

    /// Words in `class`/`id` that mark the story's container.
    static let containerWords: Set<String> = [
        "articlebody", "storybody", "entrycontent", "postcontent", "postbody", "articletext",
        "storytext", "articlecontent", "storycontent", "newsbody", "articlebodytext",
    ]

    /// What an element name says, looked up once per tag.
    struct ElementKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let block = ElementKind(rawValue: 1)
        static let void = ElementKind(rawValue: 2)
        static let head = ElementKind(rawValue: 4)
        static let skipped = ElementKind(rawValue: 8)
        static let furniture = ElementKind(rawValue: 16)
    }

    static let elementKinds: [String: ElementKind] = {
        var kinds: [String: ElementKind] = [:]
        for (set, kind) in [(blockElements, ElementKind.block), (voidElements, .void), (headElements, .head),
                            (alwaysSkipped, .skipped), (furniture, .furniture)] {
            for name in set { kinds[name, default: []].insert(kind) }
        }
        return kinds
    }()

    /// What a tag's `class`, `id`, `role`, `itemprop`, `rel`, `hidden` and `style` say.
    struct Traits {
        var furniture = false
        var byline = false
        /// A weight when the tag opens a story container (higher is more certain).
        var container: Int?
    }

    /// Reads a tag's traits (each attribute scanned once, as bytes).
    static func traits(_ tag: MarkupTokenizer.Tag) -> Traits {
        var traits = Traits()
        if tag.name == "article" || tag.name == "main" { traits.container = 1 }
        for (name, value) in tag.attributes {
            switch name {
            case "class", "id":
                let (words, joined) = classWords(value)
                if words.contains(where: furnitureWords.contains) { traits.furniture = true }
                if words.contains(where: { $0 == "byline" || $0 == "author" }) { traits.byline = true }
                if joined.contains(where: containerWords.contains) { traits.container = max(traits.container ?? 0, 2) }
            case "role":
                let role = value.lowercased()
                if furnitureRoles.contains(role) { traits.furniture = true }
                if role == "main" { traits.container = max(traits.container ?? 0, 1) }
            case "itemprop":
                let prop = value.lowercased()
                if prop == "articlebody" { traits.container = 3 }
                if prop == "author" { traits.byline = true }
            case "rel":
                if value.lowercased() == "author" { traits.byline = true }
            case "hidden":
                traits.furniture = true
            case "aria-hidden":
                if value.lowercased() == "true" { traits.furniture = true }
            case "style":
                let compact = value.lowercased().filter { $0 != " " }
                if compact.contains("display:none") || compact.contains("visibility:hidden") { traits.furniture = true }
            default:
                continue
            }
        }
        return traits
    }

    /// The lowercase words of a class or id (split at anything but letters and digits) and each
    /// space-separated class with its non-letters removed (`article-body` → `articlebody`).
    static func classWords(_ value: String) -> (words: [String], joined: [String]) {
        var words: [String] = []
        var joined: [String] = []
        var word: [UInt8] = []
        var whole: [UInt8] = []
        func endWord() {
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
        }
        for b in value.utf8 {
            if ReaderBytes.isAlnum(b) || b >= 0x80 {
                let l = ReaderBytes.lower(b)
                word.append(l)
                if !ReaderBytes.isDigit(b) { whole.append(l) }
            } else {
                endWord()
                if ReaderBytes.isSpace(b), !whole.isEmpty {
                    joined.append(String(decoding: whole, as: UTF8.self))
                    whole.removeAll(keepingCapacity: true)
                }
            }
        }
        endWord()
        if !whole.isEmpty { joined.append(String(decoding: whole, as: UTF8.self)) }
        return (words, joined)
    }
}
