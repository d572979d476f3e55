// Key Vault for the app's secrets. Today that is one: the key that signs export download links.
// The bot needs no secret (user-assigned managed identity) and Cosmos DB, Storage and
// Azure OpenAI are reached without keys. The app reads the secret through a Key Vault reference
// in its app settings; its identity may read this one secret and nothing else in the vault.
// Soft delete is always on (Azure enforces it): after `azd down` without --purge, the name stays
// taken for 7 days; docs/operations.md (teardown) says how to recover or purge it.

param name string
param location string
param tags object

@description('Principal id of the app\'s managed identity.')
param principalId string

@secure()
@minLength(32)
@description('Key that signs export download links.')
param exportSigningKey string

@description('Purge protection: irreversible once on; blocks purging the vault (azd down --purge) for the retention period.')
param purgeProtection bool

// Key Vault Secrets User: read secret values.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    // Short: the one secret can be regenerated, and a deleted vault keeps its name taken this long.
    softDeleteRetentionInDays: 7
    // The property accepts only true; leaving it out means off.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'export-signing-key'
  properties: {
    value: exportSigningKey
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: signingKey
  name: guid(signingKey.id, principalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Without a version: the app gets the newest version after a rotation (on restart).
output exportSigningKeySecretUri string = signingKey.properties.secretUri
