// Cosmos DB for NoSQL, serverless, with keys switched off: the app reaches it only with its
// managed identity through Cosmos data-plane RBAC. The containers come from
// ../cosmos-containers.json, generated from bot/store/container-definitions.ts (the code's
// single source of truth; a unit test keeps the two equal).

param name string
param location string
param tags object

@description('Name of the SQL database; must match the app\'s COSMOS_DATABASE.')
param databaseName string

@description('Point-in-time restore window (continuous backup).')
@allowed(['Continuous7Days', 'Continuous30Days'])
param backupTier string

@description('Principal id of the app\'s managed identity.')
param principalId string

var containers = loadJsonContent('../cosmos-containers.json')

// Cosmos DB Built-in Data Contributor: read and write items, run queries; cannot create or
// delete databases or containers, change throughput or read keys.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: name
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: [
      { name: 'EnableServerless' }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: backupTier
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
  }
}

resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for definition in containers: {
    parent: database
    name: definition.name
    properties: {
      resource: {
        id: definition.name
        // Version 2 (large partition key values) is also what @azure/cosmos creates locally.
        partitionKey: {
          paths: [definition.partitionKeyPath]
          kind: 'Hash'
          version: 2
        }
        indexingPolicy: definition.indexingPolicy
        defaultTtl: definition.defaultTtl
      }
    }
  }
]

// Scoped to the account, which holds only this database: the SDK also reads account metadata
// (regions) at start-up, which a database-scoped assignment does not cover.
resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: principalId
    scope: account.id
  }
}

output name string = account.name
output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
