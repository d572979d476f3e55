// The Azure Bot registration: the user-assigned managed identity is the bot's identity
// (no app secret), the messaging endpoint is the Function App's /api/messages, and only the
// Microsoft Teams channel is enabled. A regional (westeurope) bot keeps Bot Service's own
// storage and processing of the registration and conversation data in the EU; the bot code needs
// no other endpoint for the Teams channel (Azure Bot Service regionalization).

param name string
param tags object

@description('westeurope: the EU regional Bot Service keeps the registration\'s data in the EU; global: worldwide.')
@allowed(['westeurope', 'global'])
param location string

@description('Host name of the Function App that receives the bot\'s messages.')
param messagingHostName string

param identityId string
param identityClientId string

@description('Display name in the Bot Framework registration (Teams shows the app manifest\'s name).')
param displayName string = 'lqw-reflect'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: location
  tags: tags
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: displayName
    endpoint: 'https://${messagingHostName}/api/messages'
    msaAppId: identityClientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
    // No Direct Line or Web Chat secrets: Teams is the only way to talk to the bot.
    disableLocalAuth: true
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: location
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output name string = bot.name
output messagingEndpoint string = bot.properties.endpoint
