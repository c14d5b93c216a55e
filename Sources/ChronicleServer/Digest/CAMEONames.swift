import ChronicleCore

/// CAMEO code names (`042` → `Make a visit`) from the core engine's ontology table.
///
/// Digest events carry the name of their code; the pages print it beside the code.
enum CAMEONames {
    /// Names by code, loaded once from `Resources/ontology/cameo.tsv`.
    static let table: [String: String] = {
        var names: [String: String] = [:]
        let lines = ResourceFile.lines("cameo", extension: "tsv", subdirectory: "ontology")
        for line in lines.dropFirst() {   // the header row
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else { continue }
            names[String(fields[0])] = String(fields[7])
        }
        return names
    }()

    /// The name of a code, or the code itself when unknown.
    static func name(_ code: String) -> String {
        table[code] ?? code
    }
}
