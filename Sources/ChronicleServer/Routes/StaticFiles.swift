import Foundation
import Hummingbird

/// `/static/app.css` and `/static/app.js`, read once from the bundle and served with caching.
enum StaticFiles {
    struct File: Sendable {
        var body: String
        var contentType: String
    }

    static let files: [String: File] = {
        var out: [String: File] = [:]
        for (name, ext, type) in [("app", "css", "text/css; charset=utf-8"),
                                  ("app", "js", "text/javascript; charset=utf-8")] {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/static"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                fatalError("Chronicle resource Resources/static/\(name).\(ext) is missing from ChronicleServer")
            }
            out["\(name).\(ext)"] = File(body: text, contentType: type)
        }
        return out
    }()

    static func register(on router: Router<BasicRequestContext>) {
        router.get("/static/{file}") { _, context in
            let name = try context.parameters.require("file")
            guard let file = files[name] else { throw APIError.notFound("no static file \"\(name)\"") }
            return Responses.text(file.body, contentType: file.contentType,
                                  extra: [.cacheControl: "public, max-age=3600"])
        }
    }
}
