// lqw-reflect on Azure: Function App (Flex Consumption, Node 22), Cosmos DB for NoSQL
// (serverless), Azure Bot with the Teams channel, Key Vault, Application Insights and, if
// wanted, Azure OpenAI. One user-assigned managed identity does everything with
// least-privilege roles; no keys or passwords are created or stored except the export signing
// key in Key Vault. Deploy: `azd provision` (azure.yaml) or `az deployment group create`,
// see docs/operations.md.
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(32)
@description('Name of the environment (azd: AZURE_ENV_NAME); part of every resource\'s unique suffix.')
param environmentName string

@description('Region for all resources except the bot registration (global).')
param location string = resourceGroup().location

@description('Entra tenant ids whose users may use the bot, comma-separated. Empty: this deployment\'s tenant.')
param allowedTenantIds string = ''

@description('Entra object ids of the first quality officers, comma-separated. They can assign all other roles in the bot.')
param bootstrapQualityOfficers string = ''

@secure()
@minLength(32)
@description('Key that signs export download links, at least 32 characters (e.g. `openssl rand -hex 32`). Stored only in Key Vault.')
param exportSigningKey string

@description('Base URL for links when a custom domain fronts the Function App, e.g. https://reflect.example.org. Empty: the Function App\'s own host name.')
param customPublicBaseUrl string = ''

@description('NCRONTAB schedule on which the app checks which prompts are due (six fields, UTC).')
param scheduleTimer string = '0 */5 * * * *'

@description('NCRONTAB schedule of the delivery worker that sends recorded prompts.')
param deliveryTimer string = '0 * * * * *'

@description('NCRONTAB schedule of housekeeping: resuming draft jobs, deleting expired documents.')
param housekeepingTimer string = '30 */10 * * * *'

@description('Proactive messages per second for one tenant (Teams allows about 50).')
@minValue(1)
@maxValue(50)
param deliveryTenantRps int = 40

@description('Minutes a download link works after it was sent.')
@minValue(1)
param exportLinkMinutes int = 15

@description('Upper bound for Function App instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days that logs and telemetry are kept.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Point-in-time restore window of Cosmos DB.')
@allowed(['Continuous7Days', 'Continuous30Days'])
param cosmosBackupTier string = 'Continuous7Days'

@description('E-mail address for alerts (errors logged by the app, failed requests). Empty: no alerts.')
param alertEmail string = ''

@description('Deploy Azure OpenAI for LLM-assisted drafts. Off: drafts are compiled deterministically.')
param enableOpenAi bool = false

@description('Region of the Azure OpenAI account (model availability differs by region).')
param openAiLocation string = location

param openAiModelName string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'

@allowed(['Standard', 'DataZoneStandard', 'GlobalStandard'])
param openAiDeploymentSku string = 'DataZoneStandard'

@description('Azure OpenAI capacity in thousands of tokens per minute.')
@minValue(1)
param openAiCapacity int = 20

@description('Azure OpenAI REST API version the app uses.')
param openAiApiVersion string = '2024-10-21'

// The app's configuration schema (functions/config.ts) defaults COSMOS_DATABASE to this name.
var databaseName = 'lqw-reflect'
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  application: 'lqw-reflect'
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-lqw-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-lqw-${resourceToken}'
    applicationInsightsName: 'appi-lqw-${resourceToken}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stlqw${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    principalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    name: 'cosmos-lqw-${resourceToken}'
    location: location
    tags: tags
    databaseName: databaseName
    backupTier: cosmosBackupTier
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: 'kv-lqw-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    exportSigningKey: exportSigningKey
  }
}

module openAi 'modules/openai.bicep' = if (enableOpenAi) {
  name: 'openai'
  params: {
    name: 'oai-lqw-${resourceToken}'
    location: openAiLocation
    tags: tags
    deploymentName: openAiModelName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSku: openAiDeploymentSku
    capacity: openAiCapacity
    principalId: identity.outputs.principalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: 'func-lqw-${resourceToken}'
    planName: 'plan-lqw-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: 2048
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-lqw-${resourceToken}'
    tags: tags
    messagingHostName: functionApp.outputs.defaultHostName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

module alerts 'modules/alerts.bicep' = if (!empty(alertEmail)) {
  name: 'alerts'
  params: {
    namePrefix: 'lqw-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    email: alertEmail
  }
}

var publicBaseUrl = empty(customPublicBaseUrl) ? 'https://${functionApp.outputs.defaultHostName}' : customPublicBaseUrl

// Every setting functions/config.ts reads on Azure (test/unit/infra-settings.test.ts checks
// this list against the schema). Secrets appear only as Key Vault references.
var appSettings = {
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.outputs.clientId
  MicrosoftAppTenantId: tenant().tenantId
  ALLOWED_TENANT_IDS: empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: cosmos.outputs.databaseName
  PUBLIC_BASE_URL: publicBaseUrl
  EXPORT_SIGNING_KEY: '@Microsoft.KeyVault(SecretUri=${keyVault.outputs.exportSigningKeySecretUri})'
  BOOTSTRAP_QUALITY_OFFICERS: bootstrapQualityOfficers
  SCHEDULE_TIMER: scheduleTimer
  DELIVERY_TIMER: deliveryTimer
  HOUSEKEEPING_TIMER: housekeepingTimer
  DELIVERY_TENANT_RPS: string(deliveryTenantRps)
  EXPORT_LINK_MINUTES: string(exportLinkMinutes)
}

var openAiSettings = enableOpenAi ? {
  AZURE_OPENAI_ENDPOINT: openAi.outputs.endpoint
  AZURE_OPENAI_DEPLOYMENT: openAi.outputs.deploymentName
  AZURE_OPENAI_API_VERSION: openAiApiVersion
} : {}

module settings 'modules/app-settings.bicep' = {
  name: 'app-settings'
  params: {
    functionAppName: functionApp.outputs.name
    settings: union(functionApp.outputs.hostSettings, appSettings, openAiSettings)
  }
}

// azd stores these in the environment (`azd env get-values`); `npm run package:teams` reads
// BOT_ID, TEAMS_APP_ID and PUBLIC_BASE_URL from there.
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output COSMOS_ACCOUNT_NAME string = cosmos.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output LOG_ANALYTICS_WORKSPACE_ID string = monitoring.outputs.workspaceId
output BOT_NAME string = bot.outputs.name
output BOT_ID string = identity.outputs.clientId
output BOT_MESSAGING_ENDPOINT string = bot.outputs.messagingEndpoint
output PUBLIC_BASE_URL string = publicBaseUrl
// Stable per environment, so every upload of the package updates the same Teams app.
output TEAMS_APP_ID string = guid(subscription().id, resourceGroup().id, environmentName, 'teams-app')
output AZURE_OPENAI_ENDPOINT string = enableOpenAi ? openAi.outputs.endpoint : ''
