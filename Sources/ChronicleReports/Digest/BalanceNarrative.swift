import Foundation

/// Writes each side's balance of verbal and material cooperation and conflict as plain sentences.
///
/// The sentences come from templates (`Resources/narrative-templates.tsv`) filled with the
/// numbers of a ``DigestSummary/Direction``; nothing is written that the numbers do not say.
///
/// ```swift
/// BalanceNarrative.shipped.paragraph(for: direction, actor: "Japan", target: "North Korea")
/// // "Of Japan's 23 acts toward North Korea, 19 were verbal cooperation (make a visit, …)
/// //  and none material cooperation. …"
/// ```
public struct BalanceNarrative: Sendable {
    private let templates: [String: String]

    /// Creates a narrative writer from templates keyed as in the resource file.
    public init(templates: [String: String]) {
        self.templates = templates
    }

    /// The templates shipped with Chronicle.
    public static let shipped: BalanceNarrative = {
        guard let url = Bundle.module.url(forResource: "narrative-templates", withExtension: "tsv",
                                          subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Chronicle resource Resources/narrative-templates.tsv is missing from ChronicleReports")
        }
        var table = [String: String]()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { table[String(parts[0])] = String(parts[1]) }
        }
        return BalanceNarrative(templates: table)
    }()

    /// The sentences for one direction.
    /// - Parameters:
    ///   - direction: The measured direction.
    ///   - actor: The acting side's display name.
    ///   - target: The receiving side's display name.
    public func sentences(for direction: DigestSummary.Direction, actor: String, target: String) -> [String] {
        let vc = direction.counts[.verbalCooperation] ?? 0
        let mc = direction.counts[.materialCooperation] ?? 0
        let vf = direction.counts[.verbalConflict] ?? 0
        let mf = direction.counts[.materialConflict] ?? 0
        let total = vc + mc + vf + mf
        var values: [String: String] = ["actor": actor, "target": target, "total": String(total),
                                        "acts_word": total == 1 ? "act" : "acts"]
        for (key, quad, n) in [("vc", QuadClass.verbalCooperation, vc), ("mc", .materialCooperation, mc),
                               ("vf", .verbalConflict, vf), ("mf", .materialConflict, mf)] {
            values[key] = n == 0 ? "none" : String(n)
            values[key + "_were"] = n == 1 ? "was" : "were"
            values[key + "_acts_word"] = n == 1 ? "act" : "acts"
            let kinds = (direction.acts[quad] ?? []).prefix(3).map { ComposedDigest.plainActName($0.name).lowercased() }
            values[key + "_acts"] = kinds.joined(separator: ", ")
            values[key + "_detail"] = kinds.isEmpty ? "" : " (" + kinds.joined(separator: "; ") + ")"
        }
        guard total > 0 else { return [fill("empty", values)] }
        var out = [fill("opening", values)]
        out.append(vf + mf > 0 ? fill("conflict", values) : fill("no_conflict", values))
        if vc > 0 && mc == 0 {
            out.append(fill("verdict_declarations", values))
        }
        if mf > 0 && mf > mc {
            out.append(fill("verdict_material_conflict", values))
        } else if mc > 0 && mc >= mf {
            out.append(fill("verdict_material_cooperation", values))
        }
        return out
    }

    /// One paragraph: the sentences joined.
    public func paragraph(for direction: DigestSummary.Direction, actor: String, target: String) -> String {
        sentences(for: direction, actor: actor, target: target).joined(separator: " ")
    }

    private func fill(_ key: String, _ values: [String: String]) -> String {
        guard let template = templates[key] else { return "" }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? ""
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        if let first = out.first, first.isLowercase { out = first.uppercased() + out.dropFirst() }
        return out
    }
}
