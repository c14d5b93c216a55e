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

    /// Splits a class or id into lowercase words.
    static func words(_ value: String) -> [String] {
        value.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Whether a tag's attributes mark page furniture.
    static func isFurniture(_ tag: MarkupTokenizer.Tag) -> Bool {
        for (name, value) in tag.attributes {
            switch name {
            case "class", "id":
                if words(value).contains(where: furnitureWords.contains) { return true }
            case "role":
                if furnitureRoles.contains(value.lowercased()) { return true }
            case "hidden":
                return true
            case "aria-hidden":
                if value.lowercased() == "true" { return true }
            case "style":
                let compact = value.lowercased().filter { $0 != " " }
                if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
            default:
                continue
            }
        }
        return false
    }

    /// Whether the tag holds the byline (`class="byline"`, `class="author"`, `rel="author"`).
    static func isByline(_ tag: MarkupTokenizer.Tag) -> Bool {
        if tag.attribute("rel")?.lowercased() == "author" { return true }
        for name in ["class", "id", "itemprop"] {
            guard let value = tag.attribute(name) else { continue }
            if words(value).contains(where: { $0 == "byline" || $0 == "author" }) { return true }
        }
        return false
    }

    /// A weight when the tag opens a story container (higher is more certain), else nil.
    static func containerWeight(_ tag: MarkupTokenizer.Tag) -> Int? {
        if tag.attribute("itemprop")?.lowercased() == "articlebody" { return 3 }
        for name in ["class", "id"] {
            guard let value = tag.attribute(name) else { continue }
            let joined = value.lowercased().split(separator: " ").map { $0.filter { $0.isLetter } }
            if joined.contains(where: containerWords.contains) { return 2 }
        }
        if tag.name == "article" || tag.name == "main" || tag.attribute("role")?.lowercased() == "main" { return 1 }
        return nil
    }
}
