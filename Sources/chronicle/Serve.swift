import ArgumentParser
import ChronicleServer
import ChronicleStore
import Foundation

extension Chronicle {
    /// `chronicle serve`: the web UI and the JSON API over a store.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the web UI and the HTTP API over a store.",
            discussion: """
                Pages: / (search, active dyads, recent documents), /dyads/A-B, /countries/A,
                /actors/ID, /events/ID, /documents/ID, /digest. JSON: /api/events, /api/dyads,
                /api/trend, /api/balance, /api/search, /api/documents/ID, /api/digest; the
                OpenAPI document is at /api/openapi.json. Without --write-token the server is
                read-only; with it, POST /api/documents and the /ingest page accept articles
                from holders of the token (Authorization: Bearer TOKEN).

                  $ chronicle serve --db chronicle.sqlite --port 8080
                  chronicle serve: listening on http://127.0.0.1:8080 (read-only)
                """
        )

        @OptionGroup var store: StoreOptions

        @Option(help: "TCP port (0 picks a free one).")
        var port = 8080

        @Option(help: "Address to bind; 127.0.0.1 keeps the server local.")
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp(
            "Token that writes must present as Authorization: Bearer TOKEN (default: read-only). "
                + "Also read from CHRONICLE_WRITE_TOKEN.", valueName: "token"))
        var writeToken: String?

        @Option(help: "Largest request body accepted, in bytes.")
        var maxBody = 1 << 20

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
            guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024 bytes") }
        }

        func run() async throws {
            let token = writeToken ?? ProcessInfo.processInfo.environment["CHRONICLE_WRITE_TOKEN"]
            let configuration = ServerConfiguration(host: host, port: port, writeToken: token,
                                                    maxBodyBytes: maxBody, logLevel: .notice)
            let db = store.db
            try await withStore(store) { store in
                let app = buildApplication(
                    configuration: configuration, store: store, coder: makeDocumentCoder(),
                    onServerRunning: { address in
                        let mode = configuration.writeToken == nil ? "read-only" : "writes need the token"
                        let line = "chronicle serve: listening on \(address) (\(mode)), store \(db)\n"
                        FileHandle.standardError.write(Data(line.utf8))
                    })
                try await app.runService()
            }
        }
    }
}
