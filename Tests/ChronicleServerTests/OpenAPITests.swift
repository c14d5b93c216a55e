import Foundation
import HummingbirdTesting
import Testing
@testable import ChronicleServer

@Suite("OpenAPI document")
struct OpenAPITests {
    /// `(method, path)` pairs of the document.
    static func documentedRoutes() throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        let document = try #require(object)
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var routes = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys where ["get", "post", "put", "delete", "patch"].contains(method) {
                routes.insert("\(method) \(path)")
            }
        }
        return routes
    }

    @Test func documentAndRoutesAgreeBothWays() throws {
        let registered = Set(APIRoutes.routes.map { "\($0.0) \($0.1)" })
        let documented = try Self.documentedRoutes()
        #expect(registered.subtracting(documented).isEmpty, "undocumented: \(registered.subtracting(documented))")
        #expect(documented.subtracting(registered).isEmpty, "not served: \(documented.subtracting(registered))")
    }

    /// Every documented route is really routed: the router never answers "no such page" for it.
    @Test func everyDocumentedRouteIsServed() async throws {
        let documented = try Self.documentedRoutes()
        try await ServerHarness().run { client, _ in
            for route in documented.sorted() {
                let parts = route.split(separator: " ")
                let path = parts[1].replacingOccurrences(of: "{id}", with: "some-id")
                let r = try await client.execute(uri: path, method: parts[0] == "post" ? .post : .get)
                #expect(!r.text.contains("no such page or resource"), "\(route) is not routed")
            }
        }
    }

    @Test func servedDocumentIsTheResource() async throws {
        try await ServerHarness().run { client, _ in
            let r = try await client.execute(uri: "/api/openapi.json", method: .get)
            #expect(r.status == .ok)
            #expect(r.text == OpenAPIDocument.json)
        }
    }
}
