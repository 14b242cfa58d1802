import Foundation
/// Offer names for Microsoft's SKU part numbers (`ENTERPRISEPACK` → "Office 365 E3"): a built-in
/// table of common business SKUs, or Microsoft's "Product names and service plan identifiers for
/// licensing" CSV (`--sku-names FILE`, which lists each SKU once per service plan), whose names
/// take precedence over the built-in ones.
public struct SKUCatalogue: Sendable {
    /// Part number (upper-cased) → product name.
    public var names: [String: String]

    public init(names: [String: String]) {
        self.names = names
    }

    public func name(of partNumber: String) -> String? { names[partNumber.uppercased()] }

    /// Free SKUs, and offers given away without a purchase ("viral" sign-ups): nothing to migrate.
    public static func isFree(_ partNumber: String) -> Bool {
        let code = partNumber.uppercased()
        return freeCodes.contains(code) || code.hasSuffix("_FREE") || code.contains("VIRAL")
    }

    static let freeCodes: Set<String> = [
        "FLOW_FREE", "POWER_BI_STANDARD", "TEAMS_EXPLORATORY", "TEAMS_FREE", "STREAM", "WINDOWS_STORE",
        "POWERAPPS_DEV", "MICROSOFT_BUSINESS_CENTER", "RIGHTSMANAGEMENT_ADHOC", "MCOPSTNC", "FORMS_PRO",
        "CCIBOTS_PRIVPREV_VIRAL", "POWERAPPS_VIRAL", "PROJECT_MADEIRA_PREVIEW_IW_SKU",
        "STANDARDWOFFPACK_FACULTY", "STANDARDWOFFPACK_STUDENT",
    ]

    /// The most common business SKUs, with the names Microsoft's licensing table gives them.
    public static let builtIn = SKUCatalogue(names: [
        "ENTERPRISEPACK": "Office 365 E3",
        "ENTERPRISEPREMIUM": "Office 365 E5",
        "ENTERPRISEPREMIUM_NOPSTNCONF": "Office 365 E5 (without Audio Conferencing)",
        "STANDARDPACK": "Office 365 E1",
        "DESKLESSPACK": "Office 365 F3",
        "SPE_E3": "Microsoft 365 E3",
        "SPE_E5": "Microsoft 365 E5",
        "SPE_F1": "Microsoft 365 F3",
        "M365_F1": "Microsoft 365 F1",
        "SPB": "Microsoft 365 Business Premium",
        "O365_BUSINESS_PREMIUM": "Microsoft 365 Business Standard",
        "O365_BUSINESS_ESSENTIALS": "Microsoft 365 Business Basic",
        "O365_BUSINESS": "Microsoft 365 Apps for business",
        "SMB_BUSINESS": "Microsoft 365 Apps for business",
        "OFFICESUBSCRIPTION": "Microsoft 365 Apps for enterprise",
        "EXCHANGESTANDARD": "Exchange Online (Plan 1)",
        "EXCHANGEENTERPRISE": "Exchange Online (Plan 2)",
        "EXCHANGEDESKLESS": "Exchange Online Kiosk",
        "EXCHANGE_S_ESSENTIALS": "Exchange Online Essentials",
        "EXCHANGEARCHIVE_ADDON": "Exchange Online Archiving for Exchange Online",
        "VISIOCLIENT": "Visio Plan 2",
        "VISIOONLINE_PLAN1": "Visio Plan 1",
        "PROJECTPROFESSIONAL": "Project Plan 3",
        "PROJECTPREMIUM": "Project Plan 5",
        "PROJECT_P1": "Project Plan 1",
        "PROJECTESSENTIALS": "Project Online Essentials",
        "POWER_BI_PRO": "Power BI Pro",
        "PBI_PREMIUM_PER_USER": "Power BI Premium Per User",
        "POWER_BI_STANDARD": "Power BI (free)",
        "EMS": "Enterprise Mobility + Security E3",
        "EMSPREMIUM": "Enterprise Mobility + Security E5",
        "AAD_PREMIUM": "Microsoft Entra ID P1",
        "AAD_PREMIUM_P2": "Microsoft Entra ID P2",
        "INTUNE_A": "Microsoft Intune Plan 1",
        "ATP_ENTERPRISE": "Microsoft Defender for Office 365 (Plan 1)",
        "THREAT_INTELLIGENCE": "Microsoft Defender for Office 365 (Plan 2)",
        "DEFENDER_ENDPOINT_P1": "Microsoft Defender for Endpoint P1",
        "WIN_DEF_ATP": "Microsoft Defender for Endpoint P2",
        "WIN10_VDA_E3": "Windows 10/11 Enterprise E3",
        "WIN10_VDA_E5": "Windows 10/11 Enterprise E5",
        "MCOEV": "Microsoft Teams Phone Standard",
        "MCOMEETADV": "Microsoft 365 Audio Conferencing",
        "MCOPSTN1": "Microsoft 365 Domestic Calling Plan",
        "MCOSTANDARD": "Skype for Business Online (Plan 2)",
        "Microsoft_Teams_Premium".uppercased(): "Microsoft Teams Premium",
        "Microsoft_Teams_Rooms_Pro".uppercased(): "Microsoft Teams Rooms Pro",
        "Microsoft_365_Copilot".uppercased(): "Microsoft 365 Copilot",
        "SHAREPOINTSTANDARD": "SharePoint (Plan 1)",
        "SHAREPOINTENTERPRISE": "SharePoint (Plan 2)",
        "WACONEDRIVESTANDARD": "OneDrive for business (Plan 1)",
        "POWERAPPS_PER_USER": "Power Apps Premium",
        "FLOW_PER_USER": "Power Automate per user plan",
        "DYN365_ENTERPRISE_SALES": "Dynamics 365 Sales Enterprise Edition",
        "DYN365_BUSCENTRAL_ESSENTIAL": "Dynamics 365 Business Central Essentials",
        "DYN365_BUSCENTRAL_PREMIUM": "Dynamics 365 Business Central Premium",
        "FLOW_FREE": "Microsoft Power Automate Free",
        "TEAMS_EXPLORATORY": "Microsoft Teams Exploratory",
        "STREAM": "Microsoft Stream",
        "WINDOWS_STORE": "Windows Store for Business",
    ])

    /// Reads Microsoft's licensing CSV: one row per service plan, so each `String_Id` appears on many
    /// rows; the first row of each gives its `Product_Display_Name`. Problems name the row.
    public static func read(_ source: SourceText, file: String) -> (SKUCatalogue, [ImportProblem]) {
        let table = DelimitedText(source.text)
        let header = table.header.map { InputPolicy.trimmedWhitespace($0).lowercased() }
        guard let nameColumn = header.firstIndex(of: "product_display_name"), let codeColumn = header.firstIndex(of: "string_id") else {
            let missing = ["Product_Display_Name", "String_Id"].filter { !header.contains($0.lowercased()) }
            return (SKUCatalogue(names: [:]), [ImportProblem(ImportPlace(file: file, row: 1), .headerMissing(missing, expected: ["Product_Display_Name", "String_Id", "GUID"]))])
        }
        var names: [String: String] = [:]
        var problems: [ImportProblem] = []
        for (number, cells) in table.rows where cells.contains(where: { !$0.isEmpty }) {
            let code = codeColumn < cells.count ? InputPolicy.trimmedWhitespace(cells[codeColumn]) : ""
            let name = nameColumn < cells.count ? InputPolicy.trimmedWhitespace(cells[nameColumn]) : ""
            guard !code.isEmpty, !name.isEmpty else {
                problems.append(ImportProblem(ImportPlace(file: file, row: number), .badValue(field: code.isEmpty ? "String_Id" : "Product_Display_Name", text: "", choices: [])))
                continue
            }
            if let scalar = InputPolicy.forbiddenScalar(in: name) {
                problems.append(ImportProblem(ImportPlace(file: file, row: number), .controlCharacter(field: "Product_Display_Name", scalar: scalar.value)))
                continue
            }
            if names[code.uppercased()] == nil { names[code.uppercased()] = name }
        }
        return (SKUCatalogue(names: names), problems)
    }

    /// The offer name for a part number, and whether it had to be the code itself.
    public func offer(for partNumber: String) -> (name: String, known: Bool) {
        if let name = name(of: partNumber) { return (name, true) }
        return (partNumber, false)
    }
}
