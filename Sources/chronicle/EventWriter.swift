import ChronicleCore
import Foundation

/// Renders event records as JSON Lines, GDELT-like CSV, PLOVER-style JSON or a table.
struct EventWriter {
    let format: EventFormat
    let explain: Bool
    let ontology: CAMEOOntology

    var header: String {
        switch format {
        case .csv:
            return "date,date_start,date_end,source_text,source_code,source_country,target_text,target_code,target_country,"
                + "event_code,event_root,quad_class,goldstein,mode,location,location_country,source_document,reported_by,evidence\n"
        case .table:
            return pad("DATE", 23) + pad("SOURCE", 14) + pad("TARGET", 14) + pad("CAMEO", 6) + pad("MODE", 13) + "EVIDENCE\n"
        default: return ""
        }
    }

    func line(_ e: EventRecord, _ why: EventExplanation) -> String {
        switch format {
        case .jsonl:
            var json = encode(e)
            if explain {
                let extra = "{\"pattern\":\(jsonString(why.pattern)),\"rule\":\(jsonString(why.rule)),"
                    + "\"source\":\(span(why.source)),\"verb\":\(span(why.verb)),\"target\":\(why.target.map(span) ?? "null"),"
                    + "\"date\":\(why.date.map(span) ?? "null")}"
                json.removeLast()
                json += ",\"explanation\":" + extra + "}"
            }
            return json + "\n"
        case .csv:
            let fields: [String] = [
                e.date ?? "", e.dateStart?.description ?? "", e.dateEnd?.description ?? "",
                e.source.text, e.source.code ?? "", e.source.country ?? "",
                e.target?.text ?? "", e.target?.code ?? "", e.target?.country ?? "",
                e.cameo, e.root, String(e.quad), String(e.goldstein), e.mode.rawValue,
                e.location?.text ?? "", e.location?.country ?? "", e.doc, e.reportedBy.joined(separator: ";"), e.text,
            ]
            return fields.map(csvField).joined(separator: ",") + "\n"
        case .plover:
            let entry = ontology.code(for: e.cameo)
            var obj: [String: Any] = [
                "id": e.id, "date": e.date ?? NSNull(), "event_type": e.plover ?? NSNull(),
                "mode": entry?.ploverMode ?? NSNull(), "context": entry?.ploverContext ?? NSNull(),
                "modality": e.mode.rawValue,
                "actor": e.source.text, "actor_country": e.source.country ?? NSNull(),
                "recipient": e.target?.text ?? NSNull(), "recipient_country": e.target?.country ?? NSNull(),
                "cameo": e.cameo, "source_document": e.doc, "text": e.text,
            ]
            if explain { obj["explanation"] = ["pattern": why.pattern, "rule": why.rule] }
            let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        case .table:
            let who = { (a: ActorRef?) in a.map { $0.code ?? $0.country ?? $0.text } ?? "-" }
            var row = pad(e.date ?? "-", 23) + pad(who(e.source), 14) + pad(who(e.target), 14) + pad(e.cameo, 6)
                + pad(e.mode.rawValue, 13) + String(e.text.replacingOccurrences(of: "\n", with: " ").prefix(90))
            if explain { row += "\n" + String(repeating: " ", count: 23) + "\(why.pattern) \(why.rule)" }
            return row + "\n"
        }
    }

    /// The record as one JSON object with the fields in the order of DESIGN.md.
    private func encode(_ e: EventRecord) -> String {
        func str(_ s: String?) -> String { s.map(jsonString) ?? "null" }
        func actor(_ a: ActorRef?) -> String {
            guard let a else { return "null" }
            return "{\"text\":\(jsonString(a.text)),\"country\":\(str(a.country)),\"sector\":\(str(a.sector)),"
                + "\"code\":\(str(a.code)),\"name\":\(str(a.name))}"
        }
        let location = e.location.map { "{\"text\":\(jsonString($0.text)),\"country\":\(str($0.country))}" } ?? "null"
        let fields: [String] = [
            "\"schema\":\(e.schema)", "\"id\":\(jsonString(e.id))", "\"doc\":\(jsonString(e.doc))",
            "\"sentence_index\":\(e.sentenceIndex)", "\"date\":\(str(e.date))",
            "\"date_start\":\(str(e.dateStart?.description))", "\"date_end\":\(str(e.dateEnd?.description))",
            "\"date_basis\":\(str(e.dateBasis?.rawValue))", "\"source\":\(actor(e.source))", "\"target\":\(actor(e.target))",
            "\"cameo\":\(jsonString(e.cameo))", "\"root\":\(jsonString(e.root))", "\"quad\":\(e.quad)",
            "\"goldstein\":\(e.goldstein)", "\"plover\":\(str(e.plover))", "\"mode\":\(jsonString(e.mode.rawValue))",
            "\"location\":\(location)", "\"reported_by\":[\(e.reportedBy.map(jsonString).joined(separator: ","))]",
            "\"text\":\(jsonString(e.text))", "\"span\":[\(e.span.map(String.init).joined(separator: ","))]",
            "\"confidence\":\(e.confidence)",
        ]
        return "{" + fields.joined(separator: ",") + "}"
    }

    private func span(_ r: [Int]) -> String { "[" + r.map(String.init).joined(separator: ",") + "]" }

    private func csvField(_ s: String) -> String {
        if s.contains(",") || s.contains("\"") || s.contains("\n") {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    private func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? String(s.prefix(n - 1)) + " " : s + String(repeating: " ", count: n - s.count)
    }
}
