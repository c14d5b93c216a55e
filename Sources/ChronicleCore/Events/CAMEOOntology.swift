import Foundation

/// One CAMEO event code with its Goldstein score, QuadClass and PLOVER mapping.
///
/// Read from `Resources/ontology/cameo.tsv` (311 codes). Roots 01 and 02 have no PLOVER type.
public struct CAMEOCode: Sendable, Hashable {
    /// The code, `"042"`, `"0841"`, or a root such as `"04"`.
    public var code: String
    /// The two-digit root (`"04"`).
    public var root: String
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public var quad: Int
    /// The Goldstein score (−10 … +10).
    public var goldstein: Double
    /// The PLOVER event type (`CONSULT`), nil for roots 01 and 02.
    public var plover: String?
    /// The PLOVER mode (`visit`, `phone`), when the mapping gives one.
    public var ploverMode: String?
    /// The PLOVER context (`diplomatic`, `military`), when the mapping gives one.
    public var ploverContext: String?
    /// The codebook name (`Make a visit`).
    public var name: String
}

/// The CAMEO 1.1b3 ontology: lookups by code, with a parent chain for unknown sub-codes.
///
/// ```swift
/// let cameo = CAMEOOntology.shipped
/// cameo["042"]?.goldstein   // 1.9
/// cameo.code(for: "0431")   // falls back to "043"
/// ```
public struct CAMEOOntology: Sendable {
    /// Every code, keyed by its string.
    public let codes: [String: CAMEOCode]

    /// The table shipped in `Resources/ontology/cameo.tsv`, loaded once.
    public static let shipped: CAMEOOntology = {
        guard let url = Bundle.module.url(forResource: "cameo", withExtension: "tsv",
                                          subdirectory: "Resources/ontology"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return CAMEOOntology(codes: [:])
        }
        return (try? CAMEOOntology(tsv: text)) ?? CAMEOOntology(codes: [:])
    }()

    /// Creates an ontology from codes.
    public init(codes: [String: CAMEOCode]) {
        self.codes = codes
    }

    /// Parses the `cameo.tsv` layout: `code root quad goldstein plover plover_mode
    /// plover_context name`, `#` comments and a header line.
    ///
    /// - Throws: ``EventResourceError`` naming the line that does not parse.
    public init(tsv: String, file: String = "cameo.tsv") throws {
        var codes: [String: CAMEOCode] = [:]
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("code\t") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 8, let quad = Int(f[2]), let goldstein = Double(f[3]) else {
                throw EventResourceError(file: file, line: number + 1,
                                         message: "expected 8 tab-separated fields with numeric quad and goldstein")
            }
            codes[f[0]] = CAMEOCode(code: f[0], root: f[1], quad: quad, goldstein: goldstein,
                                    plover: f[4].isEmpty ? nil : f[4],
                                    ploverMode: f[5].isEmpty ? nil : f[5],
                                    ploverContext: f[6].isEmpty ? nil : f[6], name: f[7])
        }
        self.codes = codes
    }

    /// The entry for an exact code.
    public subscript(code: String) -> CAMEOCode? { codes[code] }

    /// The entry for a code, or for its nearest listed parent (`"0431"` → `"043"` → `"04"`).
    public func code(for code: String) -> CAMEOCode? {
        var c = code
        while !c.isEmpty {
            if let hit = codes[c] { return hit }
            c.removeLast()
        }
        return nil
    }

    /// Whether `code` is a listed CAMEO code.
    public func contains(_ code: String) -> Bool { codes[code] != nil }
}

/// A resource file of the event coder that does not parse.
public struct EventResourceError: Error, Sendable, CustomStringConvertible {
    /// The resource file name.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
