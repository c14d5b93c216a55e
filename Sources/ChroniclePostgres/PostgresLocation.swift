import ChronicleStore
import Foundation
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL database is, parsed from a `postgres://` URL.
///
/// ```
/// postgres://user:secret@db.example.org:5432/chronicle
/// postgres://user@localhost/chronicle?sslmode=require
/// postgres://postgres@/chronicle?host=/var/run/postgresql      (unix socket in that directory)
/// ```
/// `sslmode` is `disable` (the default), `prefer` or `require`. With `host=/dir` the socket is
/// `/dir/.s.PGSQL.PORT` (port 5432 unless given, in the URL or as `port=`). `schema=NAME` keeps Chronicle's tables in
/// that schema (created when missing): several stores in one database, as the tests do.
public struct PostgresLocation: Sendable, CustomStringConvertible {
    /// The configuration postgres-nio connects with.
    public var configuration: PostgresClient.Configuration
    /// The same as a single-connection configuration, for the first connection check.
    public var connectionConfiguration: PostgresConnection.Configuration
    /// The URL with the password hidden.
    public var description: String
    /// The schema named by `schema=`, when given.
    public var schema: String?

    /// Whether a `--db` value names a PostgreSQL database.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses a URL.
    /// - Throws: ``StoreError`` `.invalidLocation` naming what is wrong.
    public init(url text: String) throws {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw StoreError(.invalidLocation, "not a postgres:// URL: \(text)")
        }
        let user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        let password = components.password.flatMap { $0.removingPercentEncoding }
        var database = components.path
        if database.hasPrefix("/") { database.removeFirst() }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") },
                               uniquingKeysWith: { _, last in last })
        let port = components.port ?? query["port"].flatMap { Int($0) } ?? 5432
        if let name = query["schema"] {
            guard !name.isEmpty, name.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 })
            else {
                throw StoreError(.invalidLocation, "schema must be lowercase letters, digits and _: \(name)")
            }
            schema = name
        }
        let databaseName = database.isEmpty ? user : database
        var shown = "postgres://\(user)\(password == nil ? "" : ":***")@"
        if let socketDirectory = query["host"], socketDirectory.hasPrefix("/") {
            let socket = socketDirectory.hasSuffix("/") ? "\(socketDirectory).s.PGSQL.\(port)"
                : "\(socketDirectory)/.s.PGSQL.\(port)"
            configuration = .init(unixSocketPath: socket, username: user, password: password, database: databaseName)
            connectionConfiguration = .init(unixSocketPath: socket, username: user, password: password,
                                            database: databaseName)
            shown += "/\(databaseName)?host=\(socketDirectory)"
        } else {
            let host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
            let mode = query["sslmode"] ?? "disable"
            let clientTLS: PostgresClient.Configuration.TLS
            let connectionTLS: PostgresConnection.Configuration.TLS
            switch mode {
            case "disable":
                clientTLS = .disable
                connectionTLS = .disable
            case "prefer", "allow":
                clientTLS = .prefer(.makeClientConfiguration())
                connectionTLS = .prefer(try Self.sslContext())
            case "require", "verify-ca", "verify-full":
                clientTLS = .require(.makeClientConfiguration())
                connectionTLS = .require(try Self.sslContext())
            default:
                throw StoreError(.invalidLocation, "unknown sslmode \"\(mode)\" in \(text)")
            }
            configuration = .init(host: host, port: port, username: user, password: password,
                                  database: databaseName, tls: clientTLS)
            connectionConfiguration = .init(host: host, port: port, username: user, password: password,
                                            database: databaseName, tls: connectionTLS)
            shown += "\(host):\(port)/\(databaseName)"
        }
        if let schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
            connectionConfiguration.options.additionalStartupParameters = [("search_path", schema)]
            shown += (shown.contains("?") ? "&" : "?") + "schema=\(schema)"
        }
        description = shown
    }

    private static func sslContext() throws -> NIOSSLContext {
        do {
            return try NIOSSLContext(configuration: .makeClientConfiguration())
        } catch {
            throw StoreError(.invalidLocation, "cannot set up TLS", cause: error)
        }
    }
}
