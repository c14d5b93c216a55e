import ChronicleCore
import ChronicleReports
import ChronicleStore

/// `/ingest` (only on a server started with a write token): upload an article file (plain
/// text or HTML) or paste its text, and see the events coded from it.
///
/// The form carries the write token in a password field: browsers cannot send a bearer header
/// without JavaScript, and the token doubles as protection against cross-site posts.
struct IngestPage {
    var layout: Layout
    var result: DocumentUpload.Result?
    var message: String?
    /// The largest request the server accepts (file and fields together).
    var maxBytes: Int

    func render() -> HTML {
        layout.page(title: "Add articles") {
            element("h1") { "Add an article" }
            if let message { element("p", ["class": "error", "role": "alert"]) { message } }
            if let result { resultSection(result) }
            element("form", ["action": "/ingest", "method": "post", "class": "ingest",
                                     "enctype": "multipart/form-data"]) {
                input("title", "Title", type: "text")
                input("date", "Publication date", type: "date")
                input("source", "Source (publisher)", type: "text")
                input("url", "Link", type: "url")
                element("div", ["class": "field"]) {
                    element("label", ["for": "ingest-file"]) {
                        "Article file: plain text or HTML, at most \(maxBytes / 1024) KiB"
                    }
                    element("input", ["id": "ingest-file", "name": "file", "type": "file",
                                      "accept": ".txt,.md,.html,.htm,text/plain,text/markdown,text/html"])
                }
                element("div", ["class": "field"]) {
                    element("label", ["for": "ingest-text"]) { "or paste the article text" }
                    element("textarea", ["id": "ingest-text", "name": "text", "rows": "14", "cols": "80"]) {}
                }
                input("token", "Write token", type: "password")
                element("button", ["type": "submit"]) { "Code and store" }
            }
        }
    }

    func input(_ name: String, _ label: String, type: String) -> HTML {
        element("div", ["class": "field"]) {
            element("label", ["for": "ingest-\(name)"]) { label }
            element("input", ["id": "ingest-\(name)", "name": name, "type": type,
                              "required": name == "token" ? "" : nil, "autocomplete": name == "token" ? "off" : nil])
        }
    }

    func resultSection(_ result: DocumentUpload.Result) -> HTML {
        element("section", ["aria-labelledby": "result-heading", "role": "status"]) {
            element("h2", ["id": "result-heading"]) { "Stored: \(result.outcome.rawValue)" }
            element("p") {
                element("a", ["href": Paths.document(result.document)]) { "Open document \(result.document)" }
                " — \(result.events.count) events coded."
            }
            if !result.events.isEmpty {
                element("ol") {
                    for record in result.events { element("li") { DocumentPage.describe(record) } }
                }
            }
        }
    }
}
