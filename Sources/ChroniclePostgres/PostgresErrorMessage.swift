import PostgresNIO

/// A one-line message for an error of postgres-nio.
///
/// `PSQLError` hides its details from `description` so that queries and values do not leak
/// into logs; Chronicle's messages need the server's own words ("password authentication
/// failed for user …", "relation … does not exist") or the network cause, and no query text.
struct PostgresErrorMessage: Error, CustomStringConvertible {
    let description: String

    init(_ error: any Error) {
        description = Self.message(error)
    }

    private static func message(_ error: any Error) -> String {
        if let transaction = error as? PostgresTransactionError {
            if let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError {
                return message(inner)
            }
        }
        if let psql = error as? PSQLError {
            if let server = psql.serverInfo?[.message] {
                let state = psql.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return server + state
            }
            if let underlying = psql.underlying { return String(describing: underlying) }
            return String(describing: psql.code)
        }
        return String(describing: error)
    }
}
