/// A value bound to or read from a SQL statement, the same for both SQL backends.
public enum SQLValue: Sendable, Hashable {
    case int(Int)
    case double(Double)
    case text(String)
    case null

    /// Wraps an optional string.
    public static func text(_ value: String?) -> SQLValue { value.map { .text($0) } ?? .null }

    /// Wraps an optional integer.
    public static func int(_ value: Int?) -> SQLValue { value.map { .int($0) } ?? .null }

    /// The integer, or nil.
    public var intValue: Int? {
        switch self {
        case let .int(v): return v
        case let .double(v): return Int(v)
        case let .text(v): return Int(v)
        case .null: return nil
        }
    }

    /// The double, or nil.
    public var doubleValue: Double? {
        switch self {
        case let .int(v): return Double(v)
        case let .double(v): return v
        case let .text(v): return Double(v)
        case .null: return nil
        }
    }

    /// The string, or nil.
    public var textValue: String? {
        switch self {
        case let .text(v): return v
        case let .int(v): return String(v)
        case let .double(v): return String(v)
        case .null: return nil
        }
    }
}

/// A statement with `?` placeholders and its arguments.
///
/// Both SQL backends run the same statements (``StoreSQL``); PostgreSQL rewrites the
/// placeholders to `$1`, `$2`, … (``postgresText``). The SQL text never contains a literal
/// question mark.
public struct SQLStatement: Sendable, Hashable {
    /// The SQL text.
    public var sql: String
    /// The arguments, one per `?`.
    public var arguments: [SQLValue]

    /// Creates a statement.
    public init(_ sql: String, _ arguments: [SQLValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// The SQL with numbered placeholders (`$1`, `$2`, …) for PostgreSQL.
    public var postgresText: String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var n = 0
        for ch in sql {
            if ch == "?" {
                n += 1
                out += "$\(n)"
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

/// One result row: values in the order of the statement's columns.
public typealias SQLRow = [SQLValue]
