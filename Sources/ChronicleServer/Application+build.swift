import ChronicleStore
import Foundation
import Hummingbird
import NIOCore
import Logging

/// Builds the `chronicle serve` application: the web UI and the JSON API over a store.
///
/// The store is read through the ``EventStore`` protocol, so any backend serves (SQLite,
/// PostgreSQL, or the memory store in tests). The coder codes articles posted to
/// `POST /api/documents` and the ingest page, and re-reads stored documents to show their
/// temporal expressions and actor mentions on the document page.
///
/// ```swift
/// let app = buildApplication(configuration: ServerConfiguration(port: 8080),
///                            store: try SQLiteEventStore(path: "chronicle.sqlite"),
///                            coder: makeDocumentCoder())
/// try await app.runService()
/// ```
///
/// ```
/// $ chronicle serve --db chronicle.sqlite --port 8080
/// chronicle serve: listening on http://127.0.0.1:8080 (read-only)
/// ```
///
/// - Parameters:
///   - configuration: Address, write token and limits.
///   - store: The store to serve (already migrated).
///   - coder: The coder for posted articles.
///   - onServerRunning: Called with the bound address once the server listens.
/// - Returns: The application; run it with `runService()`, test it with `test(.router)`.
public func buildApplication(
    configuration: ServerConfiguration, store: any EventStore, coder: any DocumentCoding,
    onServerRunning: @escaping @Sendable (String) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: configuration.serverName)
    logger.logLevel = configuration.logLevel
    let router = buildRouter(configuration: configuration, store: store, coder: coder)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                             serverName: configuration.serverName),
        onServerRunning: { channel in
            let address = channel.localAddress
            let host = address?.ipAddress ?? configuration.host
            let port = address?.port ?? configuration.port
            await onServerRunning("http://\(host):\(port)")
        },
        logger: logger)
}

/// The router with every route, for ``buildApplication(configuration:store:coder:onServerRunning:)``.
func buildRouter(configuration: ServerConfiguration, store: any EventStore,
                 coder: any DocumentCoding) -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ErrorMiddleware(maxBodyBytes: configuration.maxBodyBytes))
    let site = Site(store: store, coder: coder, configuration: configuration)
    APIRoutes(site: site).register(on: router)
    PageRoutes(site: site).register(on: router)
    StaticFiles.register(on: router)
    return router
}

/// What every route handler needs: the store, the coder and the configuration.
struct Site: Sendable {
    var store: any EventStore
    var coder: any DocumentCoding
    var configuration: ServerConfiguration

    var layout: Layout { Layout(writable: configuration.writeToken != nil) }

    /// Reads a request body up to the configured limit (413 beyond it).
    func body(of request: Request) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxBodyBytes {
            throw APIError.tooLarge(limit: configuration.maxBodyBytes)
        }
        do {
            return try await request.body.collect(upTo: configuration.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(limit: configuration.maxBodyBytes)
        }
    }

    /// Checks a write's token: 403 on a read-only server, 401 without the right token.
    func authorizeWrite(_ presented: String?) throws {
        guard let token = configuration.writeToken else { throw APIError.readOnly }
        guard let presented, Self.constantTimeEqual(presented, token) else { throw APIError.unauthorized }
    }

    /// The token of an `Authorization: Bearer TOKEN` header.
    static func bearerToken(_ request: Request) -> String? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1]).trimmingCharacters(in: .whitespaces)
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}
