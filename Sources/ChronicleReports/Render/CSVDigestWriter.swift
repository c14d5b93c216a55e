import ChronicleCore

/// Writes a digest's events as CSV: one row per merged event, with its first report's evidence.
struct CSVDigestWriter {
    let digest: ComposedDigest

    init(_ digest: ComposedDigest) {
        self.digest = digest
    }

    static let columns = ["id", "date", "date_start", "date_end", "source_text", "source_country", "source_sector",
                          "source_code", "target_text", "target_country", "target_sector", "target_code", "cameo",
                          "cameo_name", "root", "quad", "goldstein", "plover", "mode", "reports", "sources",
                          "evidence", "url"]

    func write() -> String {
        var out = Self.columns.joined(separator: ",") + "\r\n"
        for e in digest.data.events {
            let first = e.reports.first
            let outlets = Set(e.reports.compactMap(\.outlet) + e.reports.flatMap(\.reportedBy)).sorted()
            let fields: [String] = [
                e.id, e.date ?? "", e.dateStart?.description ?? "", e.dateEnd?.description ?? "",
                e.source.text, e.source.country ?? "", e.source.sector ?? "", e.source.code ?? "",
                e.target?.text ?? "", e.target?.country ?? "", e.target?.sector ?? "", e.target?.code ?? "",
                e.cameo, e.cameoName, e.root, String(e.quad), String(e.goldstein), e.plover ?? "", e.mode.rawValue,
                String(e.reports.count), outlets.joined(separator: "; "), first?.evidence ?? "", first?.url ?? "",
            ]
            out += fields.map(Escaping.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }
}
