import Foundation

/// The OpenAPI 3.1 description of the JSON API (`Resources/openapi.json`), served at
/// `/api/openapi.json`. A test checks that its paths and the registered API routes agree.
enum OpenAPIDocument {
    static let json: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Chronicle resource Resources/openapi.json is missing from ChronicleServer")
        }
        return text
    }()
}
