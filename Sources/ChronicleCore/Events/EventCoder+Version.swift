import Foundation

extension EventCoder {
    /// The revision of the coding rules in code: raised whenever a change to the clause reader,
    /// the matcher or the actor and time layers can change what a document codes to.
    public static let revision = 2

    /// ``revision`` and a 64-bit FNV-1a digest of the shipped resources the coder reads (the
    /// event lexicons, the ontology, the actor, place and time tables, the text layer's word
    /// lists), for example `r2-5f0c1d9e8a7b3c21`. Computed once, on first use.
    public static let shippedVersion: String = {
        var digest = PhraseHash.seed
        for name in ["events", "ontology", "actors", "time", "text", "documents"] {
            guard let folder = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
                  let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            else { continue }
            let paths = files.compactMap { ($0 as? URL)?.path }.sorted()
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                // The file's place in the tree, then its bytes.
                for byte in path.dropFirst(folder.path.count).utf8 { digest = (digest ^ UInt64(byte)) &* PhraseHash.prime }
                for byte in data { digest = (digest ^ UInt64(byte)) &* PhraseHash.prime }
            }
        }
        let hex = String(digest, radix: 16)
        return "r\(revision)-" + String(repeating: "0", count: 16 - hex.count) + hex
    }()
}
