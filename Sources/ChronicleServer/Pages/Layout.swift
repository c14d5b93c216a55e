/// The page shell every page shares: landmarks (banner, navigation, search, main, footer), a
/// skip link, the stylesheet and the optional script, all served from `/static/`.
struct Layout {
    /// Whether the ingest page exists (the server has a write token).
    var writable: Bool

    /// A complete page.
    /// - Parameters:
    ///   - title: The page title (escaped).
    ///   - query: The current search text, to keep it in the search box.
    ///   - content: The main content.
    func page(title: String, query: String? = nil, @HTMLBuilder content: () -> HTML) -> HTML {
        var page = HTML.trusted("<!doctype html>")
        page.append(element("html", ["lang": "en"]) {
            element("head") {
                element("meta", ["charset": "utf-8"])
                element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                element("title") { title + " — Chronicle" }
                element("link", ["rel": "stylesheet", "href": "/static/app.css"])
                element("script", ["src": "/static/app.js", "defer": ""])
            }
            element("body") {
                element("a", ["class": "skip", "href": "#main"]) { "Skip to content" }
                element("header", ["class": "site"]) {
                    element("a", ["class": "brand", "href": "/"]) { "Chronicle" }
                    element("nav", ["aria-label": "Main"]) {
                        element("ul") {
                            element("li") { element("a", ["href": "/"]) { "Home" } }
                            element("li") { element("a", ["href": "/digest"]) { "Digests" } }
                            if writable {
                                element("li") { element("a", ["href": "/ingest"]) { "Add articles" } }
                            }
                        }
                    }
                    element("form", ["class": "search", "role": "search", "action": "/search", "method": "get"]) {
                        element("label", ["for": "site-search", "class": "visually-hidden"]) {
                            "Search sentences, actors or countries"
                        }
                        element("input", ["id": "site-search", "name": "q", "type": "search", "value": query,
                                          "placeholder": "Search: words, JPN, JPN-PRK"])
                        element("button", ["type": "submit"]) { "Search" }
                    }
                }
                element("main", ["id": "main", "tabindex": "-1"]) { content() }
                element("footer", ["class": "site"]) {
                    "Chronicle: political event data from news articles. Every figure links to the reports behind it."
                }
            }
        })
        return page
    }
}

/// The error page: the status and the message.
enum ErrorPage {
    static func render(_ error: APIError) -> HTML {
        Layout(writable: false).page(title: "\(error.status.code) \(error.status.reasonPhrase)") {
            element("h1") { "\(error.status.code) \(error.status.reasonPhrase)" }
            element("p", ["class": "error", "role": "alert"]) { error.message }
            element("p") { element("a", ["href": "/"]) { "Back to the home page" } }
        }
    }
}
