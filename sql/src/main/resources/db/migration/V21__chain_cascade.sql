-- The chain-leader platform (链主平台): a Tier-1 supplier carries the buyer's standards to its own suppliers.
-- A supplier's admin user invites Tier-2 companies, sends them a campaign (the whole catalogue, or its core subset for
-- small companies) and a request for carbon data, and sees their results once each Tier-2 has consented.

-- A supplier admin (供应商管理员) may invite and assess the company's own suppliers. The first login of each company
-- is its admin; more can be named by the platform admin.
ALTER TABLE user_account ADD COLUMN supplier_admin BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE user_account u SET supplier_admin = TRUE
 WHERE u.supplier_id IS NOT NULL
   AND u.id = (SELECT min(o.id) FROM user_account o WHERE o.supplier_id = u.supplier_id);

-- A Tier-2 that a Tier-1 invited (rather than one the buyer registered) belongs to that Tier-1's programme. Its results
-- are seen by nobody but itself until it consents (chain_consent_at); consent opens them to the inviting Tier-1 and
-- to the buyer who runs the platform, and can be withdrawn (both columns back to NULL; the trail keeps the history).
ALTER TABLE supplier ADD COLUMN invited_by_supplier_id BIGINT REFERENCES supplier (id);
ALTER TABLE supplier ADD COLUMN chain_consent_at TIMESTAMPTZ;
ALTER TABLE supplier ADD COLUMN chain_consent_by VARCHAR(100);
ALTER TABLE supplier ADD CONSTRAINT supplier_invited_is_tier2
    CHECK (invited_by_supplier_id IS NULL OR (chain_tier = 'TIER_2' AND parent_supplier_id = invited_by_supplier_id));
ALTER TABLE supplier ADD CONSTRAINT supplier_consent_by_someone
    CHECK ((chain_consent_at IS NULL) = (chain_consent_by IS NULL));
CREATE INDEX supplier_invited_by_idx ON supplier (invited_by_supplier_id) WHERE invited_by_supplier_id IS NOT NULL;

-- The core subset (核心指标) of the catalogue for small companies: every red-flag indicator plus the basic policy,
-- legal-compliance, energy, carbon, safety and traceability questions a company of a few dozen people can answer and
-- evidence without a sustainability team. Chosen along the RBA Code of Conduct's "priority" items (forced and child
-- labour, life-threatening hazards, bribery), ISO 14001/45001/50001 clause 5.2 policies, GHG Protocol Scope 1-2
-- basics and OECD Due Diligence Guidance step 1 (policy) and step 2 (smelter identification).
ALTER TABLE indicator ADD COLUMN core BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE indicator SET core = TRUE
 WHERE catalogue_version_id = 1
   AND code IN ('MGT-03', 'MGT-06', 'MGT-12',
                'CLI-01', 'CLI-05', 'CLI-08', 'CLI-13',
                'ENV-01', 'ENV-05', 'ENV-09', 'ENV-12', 'ENV-13',
                'CIR-03', 'CIR-04',
                'LAB-01', 'LAB-02', 'LAB-03', 'LAB-04', 'LAB-06', 'LAB-07', 'LAB-15',
                'HSE-02', 'HSE-03', 'HSE-04', 'HSE-07', 'HSE-09',
                'ETH-01', 'ETH-02', 'ETH-05',
                'MIN-01', 'MIN-03', 'MIN-04',
                'DAT-02', 'DAT-09');
-- Later catalogue versions copy the flag with the indicator (CatalogueVersions.draftFrom).

-- A campaign is the buyer's (owner NULL) or a Tier-1's own, sent to its Tier-2s; its scope is the whole catalogue or
-- the core subset.
ALTER TABLE campaign ADD COLUMN owner_supplier_id BIGINT REFERENCES supplier (id);
ALTER TABLE campaign ADD COLUMN scope VARCHAR(4) NOT NULL DEFAULT 'FULL' CHECK (scope IN ('FULL', 'CORE'));
CREATE INDEX campaign_owner_idx ON campaign (owner_supplier_id) WHERE owner_supplier_id IS NOT NULL;

-- A Tier-1's request to a Tier-2 for carbon data of a reporting year (碳数据请求): its Scope 1-2 inventory and the
-- footprints of the products it sells to the Tier-1. Answered when the Tier-2 submits that year's inventory or
-- declares a footprint.
CREATE TABLE carbon_request (
    id                    BIGINT       PRIMARY KEY,
    requester_supplier_id BIGINT       NOT NULL REFERENCES supplier (id),
    supplier_id           BIGINT       NOT NULL REFERENCES supplier (id),
    reporting_year        INTEGER      NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    product_codes         VARCHAR(400),
    message               TEXT,
    deadline              DATE         NOT NULL,
    requested_by          VARCHAR(100) NOT NULL,
    requested_at          TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 1,
    CHECK (requester_supplier_id <> supplier_id),
    UNIQUE (requester_supplier_id, supplier_id, reporting_year)
);
CREATE SEQUENCE carbon_request_seq START WITH 1000 INCREMENT BY 50;

-- A Tier-1's purchased input (an INPUT activity line) may name the Tier-2 it came from and that Tier-2's product code:
-- the roll-up then uses the Tier-2's own footprint or allocated emissions instead of an average factor.
ALTER TABLE activity_line ADD COLUMN source_supplier_id BIGINT REFERENCES supplier (id);
ALTER TABLE activity_line ADD COLUMN source_item_code VARCHAR(60);
ALTER TABLE activity_line ADD CONSTRAINT activity_line_source_only_inputs
    CHECK (source_supplier_id IS NULL OR line_type = 'INPUT');
