// The app's one user-assigned managed identity: the bot's identity towards Bot Framework
// (MicrosoftAppType UserAssignedMSI, so no client secret exists anywhere) and the Function App's
// identity towards Cosmos DB, Key Vault, Storage, Application Insights and Azure OpenAI.

@description('Name of the managed identity.')
param name string

param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
