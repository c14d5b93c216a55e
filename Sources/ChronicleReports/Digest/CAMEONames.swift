import ChronicleCore

/// The names of CAMEO codes (`042` → `Make a visit`), read once from the core engine's ontology table.
enum CAMEONames {
    static let shipped: [String: String] = {
        var names = [String: String]()
        for line in ResourceFile.lines("cameo", extension: "tsv", subdirectory: "ontology") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8, fields[0] != "code" else { continue }
            names[String(fields[0])] = String(fields[7])
        }
        return names
    }()
}
